package de.stadtdialog.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The errors of a submitted form, already in the reader's language: one message per field for
 * display beside it, and the list for the summary at the top of the form.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The errors in the order the form object declares its fields, which is the order of the form. */
    public static FormErrors of(BindingResult result, Ui ui) {
        FormErrors errors = new FormErrors();
        List<String> order = result.getTarget() == null ? List.of()
                : Arrays.stream(result.getTarget().getClass().getFields()).map(Field::getName).toList();
        List<ObjectError> all = new ArrayList<>(result.getAllErrors());
        all.sort(Comparator.comparingInt(error -> error instanceof FieldError field && order.contains(field.getField())
                ? order.indexOf(field.getField()) : order.size()));
        for (ObjectError error : all) {
            String message = ui.t(error);
            if (error instanceof FieldError field) {
                errors.byField.putIfAbsent(field.getField(), message);
            } else {
                errors.general.add(message);
            }
        }
        return errors;
    }

    /** Rejects a field that is not a property of the form object, such as a file upload. */
    public static void reject(BindingResult result, String field, String code) {
        result.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { code }, null, code));
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> fields() {
        return byField;
    }

    public List<String> general() {
        return general;
    }
}

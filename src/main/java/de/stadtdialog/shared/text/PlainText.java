package de.stadtdialog.shared.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text field that takes plain text only. Pages escape every text anyway; this tells the person
 * who typed markup that it will not work, instead of showing their tags back to everyone.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{PlainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:",
                Pattern.CASE_INSENSITIVE);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }

        public static boolean plain(String value) {
            return value == null || !MARKUP.matcher(value).find();
        }
    }
}

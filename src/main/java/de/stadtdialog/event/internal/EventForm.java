package de.stadtdialog.event.internal;

import static de.stadtdialog.shared.text.Texts.blankToNull;
import static de.stadtdialog.shared.text.Texts.orEmpty;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;

/** The back-office form of an event; dates and numbers stay text so that what was typed survives an error. */
public class EventForm {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @NotNull
    public Long organisationId;

    @Size(max = 200)
    public String projectSlug = "";

    @NotBlank
    @Size(max = 160)
    public String title = "";

    @NotBlank
    @Size(max = 20000)
    public String description = "";

    @NotNull
    public EventKind kind = EventKind.IN_PERSON;

    @NotBlank(message = "{event.date.required}")
    public String startsAt = "";

    @NotBlank(message = "{event.date.required}")
    public String endsAt = "";

    @Size(max = 200)
    public String placeName = "";

    @Size(max = 300)
    public String address = "";

    @Pattern(regexp = "\\s*|\\s*-?[0-9]{1,2}(\\.[0-9]+)?\\s*,\\s*-?[0-9]{1,3}(\\.[0-9]+)?\\s*", message = "{event.point.pattern}")
    public String point = "";

    @Size(max = 1000)
    @Pattern(regexp = "\\s*|https://\\S+", message = "{event.online-link.pattern}")
    public String onlineLink = "";

    public boolean stepFree;
    public boolean inductionLoop;
    public boolean signLanguage;

    @Size(max = 2000)
    public String accessibilityNote = "";

    public boolean registration;

    @Pattern(regexp = "\\s*|\\s*[1-9][0-9]{0,4}\\s*", message = "{event.capacity.pattern}")
    public String capacity = "";

    static EventForm of(Event e, String projectSlug) {
        EventForm form = new EventForm();
        form.organisationId = e.organisationId();
        form.projectSlug = orEmpty(projectSlug);
        form.title = e.title();
        form.description = e.description();
        form.kind = e.kind();
        form.startsAt = LOCAL.format(e.startsAt().atZone(EventMails.ZONE));
        form.endsAt = LOCAL.format(e.endsAt().atZone(EventMails.ZONE));
        form.placeName = orEmpty(e.placeName());
        form.address = orEmpty(e.address());
        form.point = e.hasPoint() ? e.latitude() + ", " + e.longitude() : "";
        form.onlineLink = orEmpty(e.onlineLink());
        form.stepFree = e.stepFree();
        form.inductionLoop = e.inductionLoop();
        form.signLanguage = e.signLanguage();
        form.accessibilityNote = orEmpty(e.accessibilityNote());
        form.registration = e.registration();
        form.capacity = e.capacity() == null ? "" : e.capacity().toString();
        return form;
    }

    /** Checks what the annotations cannot: readable dates in order, a place where people meet, a link online. */
    void check(BindingResult result) {
        LocalDateTime start = parse(startsAt, "startsAt", result);
        LocalDateTime end = parse(endsAt, "endsAt", result);
        if (start != null && end != null && !end.isAfter(start)) {
            result.rejectValue("endsAt", "event.date.order");
        }
        if (point != null && !point.isBlank() && !result.hasFieldErrors("point") && !onEarth(point)) {
            result.rejectValue("point", "event.point.pattern");
        }
        if (kind != null && kind.hasPlace() && (address == null || address.isBlank()) && !result.hasFieldErrors("address")) {
            result.rejectValue("address", "event.address.required");
        }
        if (kind != null && kind.online() && (onlineLink == null || onlineLink.isBlank())
                && !result.hasFieldErrors("onlineLink")) {
            result.rejectValue("onlineLink", "event.online-link.required");
        }
    }

    /** The pattern admits 91, 181; a map point must lie within latitude ±90 and longitude ±180. */
    private static boolean onEarth(String point) {
        String[] parts = point.split(",");
        double latitude = Double.parseDouble(parts[0].strip());
        double longitude = Double.parseDouble(parts[1].strip());
        return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }

    private static LocalDateTime parse(String value, String field, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), LOCAL);
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "event.date.invalid");
            return null;
        }
    }

    EventDraft toDraft(Long projectId) {
        Double latitude = null;
        Double longitude = null;
        if (point != null && !point.isBlank()) {
            String[] parts = point.split(",");
            latitude = Double.valueOf(parts[0].strip());
            longitude = Double.valueOf(parts[1].strip());
        }
        boolean online = kind.online();
        return new EventDraft(organisationId, projectId, title.strip(), description.strip(), kind,
                LocalDateTime.parse(startsAt.strip(), LOCAL).atZone(EventMails.ZONE).toInstant(),
                LocalDateTime.parse(endsAt.strip(), LOCAL).atZone(EventMails.ZONE).toInstant(),
                kind.hasPlace() ? blankToNull(placeName) : null, kind.hasPlace() ? blankToNull(address) : null,
                kind.hasPlace() ? latitude : null, kind.hasPlace() ? longitude : null,
                online ? blankToNull(onlineLink) : null, stepFree, inductionLoop, signLanguage,
                blankToNull(accessibilityNote), registration,
                registration && capacity != null && !capacity.isBlank() ? Integer.valueOf(capacity.strip()) : null);
    }
}

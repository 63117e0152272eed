package de.stadtdialog.event.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.mail.Mailer;

/** The mails to people registered for an event; in German, like the platform's other mails. */
@Component
public class EventMails {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Locale GERMAN = Locale.GERMAN;
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", GERMAN).withZone(ZONE);

    private final Mailer mailer;
    private final Accounts accounts;
    private final MessageSource messages;
    private final String baseUrl;

    EventMails(Mailer mailer, Accounts accounts, MessageSource messages,
            @Value("${stadtdialog.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Kinds of mail; each has a subject and a body in the bundle under {@code event.mail.<key>}. */
    public enum Kind {
        CONFIRMED("confirmed"), WAITING("waiting"), MOVED_UP("moved-up"), REMINDER("reminder"), CANCELLED("cancelled"),
        CHANGED("changed");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    public void send(Kind kind, Event event, long accountId) {
        accounts.activeEmail(accountId).ifPresent(email -> {
            String subject = messages.getMessage("event.mail." + kind.key + ".subject",
                    new Object[] {event.title()}, GERMAN);
            String body = messages.getMessage("event.mail." + kind.key + ".body",
                    new Object[] {event.title(), WHEN.format(event.startsAt()), place(event),
                            baseUrl + event.url(), baseUrl + event.url() + ".ics", onlineLink(event),
                            event.cancelReason() == null ? "" : event.cancelReason()},
                    GERMAN);
            mailer.send(email, subject, body);
        });
    }

    private String place(Event event) {
        String place = event.placeName() == null ? "" : event.placeName();
        if (event.address() != null) {
            place = place.isEmpty() ? event.address() : place + ", " + event.address();
        }
        return place.isEmpty() ? messages.getMessage("event.kind.ONLINE", null, GERMAN) : place;
    }

    private String onlineLink(Event event) {
        return event.kind().online() && event.onlineLink() != null
                ? messages.getMessage("event.mail.online-link", new Object[] {event.onlineLink()}, GERMAN)
                : "";
    }
}

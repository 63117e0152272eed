package de.stadtdialog.permission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moderator's block of a person's account: no participation until the given moment.
 *
 * @param justification what the moderator told the person
 */
public record Block(Instant until, String justification) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    /** The end as people in the city read it, for messages. */
    public String untilText() {
        return FORMAT.format(until);
    }
}

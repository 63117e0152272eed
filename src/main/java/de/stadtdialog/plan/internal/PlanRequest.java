package de.stadtdialog.plan.internal;

import java.time.Instant;

/** A citizen's request for participation in an entry (Anregung von Beteiligung), as stored. */
public record PlanRequest(long id, long planId, Long requestedBy, String justification, Status status,
        Instant createdAt, Instant deadline, Instant dueAt, String answer, Instant answeredAt, Long answeredBy) {

    public enum Status {
        /** Collecting supporters until the deadline. */
        OPEN,
        /** Reached the threshold in time: the city must answer. */
        DUE,
        ACCEPTED,
        REFUSED;

        public boolean answered() {
            return this == ACCEPTED || this == REFUSED;
        }
    }

    /** Still open after its deadline: the threshold was missed, and people may file a new request. */
    public boolean expired(Instant now) {
        return status == Status.OPEN && !now.isBefore(deadline);
    }

    /** Whether people can still co-sign it; after the threshold they may, to show the city how many they are. */
    public boolean collecting(Instant now) {
        return status == Status.DUE || status == Status.OPEN && now.isBefore(deadline);
    }
}

package de.stadtdialog.plan.internal;

import java.time.LocalDate;

/**
 * The request part of an entry's page. {@code request} is null when none was filed;
 * {@code requesterName} is the requester's public pseudonym.
 */
public record PlanRequestView(PlanRequest request, String requesterName, long supporters, int threshold,
        LocalDate deadline, LocalDate answeredOn, boolean expired, boolean collecting, boolean supportedByMe,
        boolean mayFile) {

    public long missing() {
        return Math.max(0, threshold - supporters);
    }

    /** The message key of the request's state as people read it. */
    public String stateKey() {
        return expired ? "plan.request.state.EXPIRED" : "plan.request.state." + request.status().name();
    }
}

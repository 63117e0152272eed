package de.stadtdialog.plan;

/** Where a planned project stands politically and in its execution. */
public enum PlanStatus {
    /** The administration prepares it; the council has not yet dealt with it. */
    PREPARATION,
    /** On the agenda of the council or one of its committees. */
    COUNCIL,
    /** Decided by the council. */
    DECIDED,
    /** Being carried out. */
    IMPLEMENTATION,
    /** Carried out. */
    COMPLETED,
    /** Stopped or put on hold. */
    ON_HOLD
}

package de.stadtdialog.shared.spam;

import java.time.Instant;

/**
 * Implemented by every module that keeps a network address (or a hash of one) for abuse defence, so
 * that one job can forget them all after {@link AddressCleanup#RETENTION}.
 */
public interface AddressRetention {

    /** Deletes or blanks the addresses recorded before the given time; must be idempotent. */
    void forgetAddressesBefore(Instant before);
}

package de.stadtdialog.shared.spam;

import java.time.Instant;
import java.util.Optional;

/** Tells the spam guard since when an account exists; the account module implements it. */
public interface AccountAges {

    Optional<Instant> createdAt(long accountId);
}

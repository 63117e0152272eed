package de.stadtdialog.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within a window, further attempts for
 * that login name or from that address are refused until the window has passed. The counters live
 * in the database, so every web node sees the same numbers. The same rule applies whether or not
 * the login name exists.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_LOGIN = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;

    private final AccountRepository accounts;
    private final Clock clock;

    LoginThrottle(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    boolean blocked(String login, String address) {
        Instant since = clock.instant().minus(WINDOW);
        return accounts.failedLoginsFor(AccountRepository.key(login), since) >= MAX_FAILURES_PER_LOGIN
                || accounts.failedLoginsFrom(address, since) >= MAX_FAILURES_PER_ADDRESS;
    }

    @Transactional
    void failed(String login, String address) {
        accounts.recordFailedLogin(AccountRepository.key(login), address, clock.instant());
    }

    @Transactional
    void succeeded(String login) {
        accounts.clearFailedLogins(AccountRepository.key(login));
    }
}

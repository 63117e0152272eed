package de.stadtdialog.account.internal;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets old login failures and spent or expired mail links. Deleting is idempotent, so it is
 * safe when several nodes run it at the same time.
 */
@Component
class AccountHousekeeping {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountHousekeeping(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void purge() {
        accounts.purgeLoginAttempts(clock.instant().minus(LoginThrottle.WINDOW.multipliedBy(2)));
        accounts.purgeTokens(clock.instant());
    }
}

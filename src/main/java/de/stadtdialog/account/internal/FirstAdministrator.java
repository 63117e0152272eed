package de.stadtdialog.account.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start of an installation, creates the platform administrator named in the
 * configuration, without a password: the administrator sets one through the link sent by mail.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final String email;

    FirstAdministrator(AccountRepository accounts, AccountService service,
            @Value("${stadtdialog.admin-email:}") String email) {
        this.accounts = accounts;
        this.service = service;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.anyPlatformAdmin()) {
            return;
        }
        long id;
        try {
            id = service.createConfirmed("administration", email, null, true);
        } catch (DuplicateKeyException e) {
            // Another node starting at the same moment created it first.
            return;
        }
        service.sendPasswordSetupLink(id, Locale.GERMAN);
        log.info("Created the first platform administrator for {}; a link to set the password was sent.", email);
    }
}

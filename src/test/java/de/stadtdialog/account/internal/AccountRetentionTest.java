package de.stadtdialog.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

/** Inactive accounts are warned by mail and deleted later unless the person logs in; staff never. */
@IntegrationTest
class AccountRetentionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Mailbox mailbox;
    @Autowired
    AccountRetention retention;

    private TestAccount lastSeenYearsAgo(TestAccount account) {
        jdbc.sql("update account set last_active_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(4 * 366, ChronoUnit.DAYS)), account.id()).update();
        return account;
    }

    private void warnedDaysAgo(TestAccount account, int days) {
        jdbc.sql("update account set inactivity_warned_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), account.id()).update();
    }

    private String status(TestAccount account) {
        return jdbc.sql("select status from account where id = ?").param(account.id()).query(String.class).single();
    }

    @Test
    void anAccountUnusedForYearsIsWarnedOnceAndDeletedAMonthLater() throws Exception {
        TestAccount dormant = lastSeenYearsAgo(data.account());
        TestAccount recent = data.account();

        retention.warn();
        retention.warn();

        assertThat(mailbox.latestTo(dormant.email(), "wird bald gelöscht").body()).contains(dormant.username(),
                "melden Sie sich bis dahin einfach an", "http://localhost/anmelden");
        assertThat(mailbox.to(dormant.email())).as("warned once, however often the job runs").hasSize(1);
        assertThat(mailbox.to(recent.email())).isEmpty();

        retention.delete();
        assertThat(status(dormant)).as("not before the month has passed").isEqualTo("ACTIVE");
        warnedDaysAgo(dormant, 31);
        retention.delete();
        assertThat(status(dormant)).isEqualTo("DELETED");
        assertThat(jdbc.sql("select count(*) from account where id = ? and email is null and username is null")
                .param(dormant.id()).query(Long.class).single()).isOne();
    }

    @Test
    void loggingInAfterTheWarningKeepsTheAccount() throws Exception {
        TestAccount dormant = lastSeenYearsAgo(data.account());
        retention.warn();
        warnedDaysAgo(dormant, 31);

        Browser.loggedIn(mvc, dormant);
        retention.delete();

        assertThat(status(dormant)).isEqualTo("ACTIVE");
    }

    @Test
    void aRegistrationNeverConfirmedIsGoneAfterAWeek() throws Exception {
        String name = TestData.unique("zoegernd");
        new Browser(mvc).post("/registrieren", "username", name, "email", name + "@example.org", "password",
                "ein langes Passwort 42", "acceptTerms", "true");
        String recent = TestData.unique("frisch");
        new Browser(mvc).post("/registrieren", "username", recent, "email", recent + "@example.org", "password",
                "ein langes Passwort 42", "acceptTerms", "true");
        jdbc.sql("update account set created_at = ? where username = ?")
                .params(Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS)), name).update();

        retention.delete();

        assertThat(jdbc.sql("select count(*) from account where username in (?, ?)").params(name, recent)
                .query(Long.class).single()).as("only the week-old registration is gone").isOne();
    }

    @Test
    void administratorsAndStaffAreNeverDeletedAutomatically() throws Exception {
        TestAccount admin = lastSeenYearsAgo(data.admin());
        TestAccount initiator = lastSeenYearsAgo(data.member(data.organisation(), OrgRole.INITIATOR));

        retention.warn();
        warnedDaysAgo(admin, 40);
        warnedDaysAgo(initiator, 40);
        retention.delete();

        assertThat(mailbox.to(admin.email())).isEmpty();
        assertThat(mailbox.to(initiator.email())).isEmpty();
        assertThat(status(admin)).isEqualTo("ACTIVE");
        assertThat(status(initiator)).isEqualTo("ACTIVE");
    }
}

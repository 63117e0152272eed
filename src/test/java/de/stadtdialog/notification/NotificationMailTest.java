package de.stadtdialog.notification;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

/** Notifications by e-mail: right away, as digests, or never; one click stops them. */
@IntegrationTest
class NotificationMailTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationMails mails;
    @Autowired
    TestData data;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static String unsubscribePath(Mailbox.Mail mail) {
        Matcher matcher = Pattern.compile("http://localhost(/e-mails/abbestellen/[0-9a-f]+)").matcher(mail.body());
        assertThat(matcher.find()).as("an unsubscribe link in " + mail.body()).isTrue();
        return matcher.group(1);
    }

    private void reply(TestAccount account, String subject) {
        notifications.notify(account.id(), "notification.idea.reply", subject, "/projekte/markt/ideen/7");
    }

    @Test
    void aNotificationIsMailedRightAwayWithItsLinkAndAOneClickUnsubscribe() throws Exception {
        TestAccount citizen = data.account();
        reply(citizen, "Bänke am Stiftsplatz");

        Mailbox.Mail mail = mailbox.latestTo(citizen.email());
        assertThat(mail.subject()).isEqualTo("Neue Antwort auf Ihren Kommentar zu „Bänke am Stiftsplatz“");
        assertThat(mail.body()).contains("http://localhost/projekte/markt/ideen/7",
                "http://localhost/benachrichtigungen/einstellungen");
        assertThat(mailbox.raw(citizen.email()).get(0).getHeader("List-Unsubscribe")[0])
                .isEqualTo("<http://localhost" + unsubscribePath(mail) + ">");
    }

    @Test
    void theOneClickPostOfAMailProgramStopsMailsWithoutLogin() throws Exception {
        TestAccount citizen = data.account();
        reply(citizen, "Erste");
        String path = unsubscribePath(mailbox.latestTo(citizen.email()));

        var response = mvc.perform(post(path).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookie("SESSION")).isNull();
        reply(citizen, "Zweite");

        assertThat(mailbox.to(citizen.email())).hasSize(1);
        assertThat(notifications.latest(citizen.id(), 5)).hasSize(2);
        assertThat(notifications.mailFrequency(citizen.id())).isEqualTo(MailFrequency.NEVER);
    }

    @Test
    void theUnsubscribeLinkOpensAPageWithOneButton() throws Exception {
        TestAccount citizen = data.account();
        reply(citizen, "Erste");
        String path = unsubscribePath(mailbox.latestTo(citizen.email()));

        assertThat(body(new Browser(mvc).get(path))).contains("Keine E-Mails mehr senden",
                "action=\"" + path + "\"");
        assertThat(new Browser(mvc).get("/e-mails/abbestellen/unbekannt").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aDailyDigestCollectsNotificationsIntoOneMailAtMostOnceADay() {
        TestAccount citizen = data.account();
        notifications.chooseMailFrequency(citizen.id(), MailFrequency.DAILY);
        reply(citizen, "Eins");
        reply(citizen, "Zwei");
        reply(citizen, "Drei");
        assertThat(mailbox.to(citizen.email())).isEmpty();

        mails.sendDigests();
        Mailbox.Mail digest = mailbox.latestTo(citizen.email());
        assertThat(digest.subject()).isEqualTo("Ihre 3 Benachrichtigungen von der Beteiligungsplattform");
        assertThat(digest.body()).contains("„Eins“", "„Zwei“", "„Drei“");

        reply(citizen, "Vier");
        mails.sendDigests();
        assertThat(mailbox.to(citizen.email())).as("not twice within a day").hasSize(1);

        jdbc.sql("update notification_setting set last_digest_at = last_digest_at - interval '25' hour "
                + "where account_id = ?").param(citizen.id()).update();
        mails.sendDigests();
        assertThat(mailbox.to(citizen.email())).hasSize(2);
        assertThat(mailbox.to(citizen.email()).get(1).body()).contains("„Vier“").doesNotContain("„Eins“");
    }

    @Test
    void aWeeklyDigestWaitsAWeek() {
        TestAccount citizen = data.account();
        notifications.chooseMailFrequency(citizen.id(), MailFrequency.WEEKLY);
        reply(citizen, "Eins");
        mails.sendDigests();
        reply(citizen, "Zwei");
        jdbc.sql("update notification_setting set last_digest_at = last_digest_at - interval '2' day "
                + "where account_id = ?").param(citizen.id()).update();
        mails.sendDigests();
        assertThat(mailbox.to(citizen.email())).hasSize(1);

        jdbc.sql("update notification_setting set last_digest_at = last_digest_at - interval '6' day "
                + "where account_id = ?").param(citizen.id()).update();
        mails.sendDigests();
        assertThat(mailbox.to(citizen.email())).hasSize(2);
    }

    @Test
    void notificationsWhoseSenderMailsItselfAreNotMailedTwice() {
        TestAccount citizen = data.account();
        notifications.record(citizen.id(), "notification.idea.reply", "Nur in der App", "/");
        mails.sendDigests();

        assertThat(mailbox.to(citizen.email())).isEmpty();
        assertThat(notifications.unread(citizen.id())).isEqualTo(1);
    }

    @Test
    void aPersonChoosesTheFrequencyOnTheSettingsPage() throws Exception {
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        assertThat(body(browser.get("/benachrichtigungen/einstellungen"))).contains("Einmal in der Woche");

        browser.post("/benachrichtigungen/einstellungen", "frequency", "WEEKLY");

        assertThat(notifications.mailFrequency(citizen.id())).isEqualTo(MailFrequency.WEEKLY);
        assertThat(body(browser.get("/benachrichtigungen/einstellungen")))
                .containsPattern("value=\"WEEKLY\" checked");
    }

    @Test
    void mailsThatGoWithANotificationCarryTheUnsubscribeLinkAndRespectNever() {
        TestAccount citizen = data.account();
        assertThat(notifications.mail(citizen.id(), "Antwort auf Ihre Anregung", "Die Stadt hat geantwortet."))
                .isTrue();
        Mailbox.Mail mail = mailbox.latestTo(citizen.email(), "Antwort auf Ihre Anregung");
        assertThat(mail.body()).contains("Die Stadt hat geantwortet.", "/e-mails/abbestellen/");

        notifications.chooseMailFrequency(citizen.id(), MailFrequency.NEVER);
        assertThat(notifications.mail(citizen.id(), "Noch eine Antwort", "Text")).isFalse();
        assertThat(mailbox.to(citizen.email())).hasSize(1);
    }
}

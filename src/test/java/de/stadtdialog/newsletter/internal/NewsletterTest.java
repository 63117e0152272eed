package de.stadtdialog.newsletter.internal;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;

/** The newsletter: double opt-in, one-click unsubscribe, and sending that survives a restart. */
@IntegrationTest
class NewsletterTest {

    @Autowired
    NewsletterService newsletters;
    @Autowired
    Mailer mailer;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestData data;

    private static String address() {
        return TestData.unique("nl").replace(" ", "") + "@example.org";
    }

    private String status(String email) {
        return jdbc.sql("select status from newsletter_subscriber where email = ?").param(email).query(String.class)
                .single();
    }

    @Test
    void subscribingTakesEffectOnlyWithTheLinkFromTheConfirmationMail() throws Exception {
        String email = address();
        Browser visitor = new Browser(mvc);
        visitor.post("/newsletter", "email", email);
        assertThat(body(visitor.get("/newsletter?angefragt="))).contains("Fast geschafft");
        assertThat(status(email)).isEqualTo("PENDING");

        Mailbox.Mail mail = mailbox.latestTo(email, "bestätigen");
        assertThat(body(new Browser(mvc).get(mail.link()))).contains("Sie erhalten jetzt den Newsletter.");
        assertThat(status(email)).isEqualTo("CONFIRMED");
    }

    @Test
    void anInvalidAddressIsRefusedNextToTheField() throws Exception {
        String page = body(new Browser(mvc).post("/newsletter", "email", "keine-adresse"));
        assertThat(page).contains("id=\"email-error\"", "value=\"keine-adresse\"");
    }

    @Test
    void subscribingTwiceDoesNotRevealOrRepeatAnything() throws Exception {
        String email = address();
        newsletters.subscribeConfirmed(email);
        new Browser(mvc).post("/newsletter", "email", email);

        assertThat(mailbox.to(email)).isEmpty();
        assertThat(status(email)).isEqualTo("CONFIRMED");
    }

    @Test
    void anIssueReachesEveryConfirmedSubscriberOnceAlthoughSendingStoppedMidway() {
        List<String> confirmed = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            String email = address();
            confirmed.add(email);
            rows.add(new Object[] {email, "t" + email.hashCode() + "-" + i, now, now});
        }
        jdbcTemplate.batchUpdate("insert into newsletter_subscriber (email, status, token, created_at, confirmed_at) "
                + "values (?, 'CONFIRMED', ?, ?, ?)", rows);
        String pending = address();
        newsletters.subscribe(pending);
        String gone = address();
        newsletters.subscribeConfirmed(gone);
        newsletters.unsubscribe(jdbc.sql("select token from newsletter_subscriber where email = ?").param(gone)
                .query(String.class).single());

        long id = newsletters.create("Neues aus der Beteiligung", "Drei neue Projekte warten auf Sie.", null);
        assertThat(newsletters.start(id)).isEmpty();
        newsletters.queueBatch();
        // a node dies while queuing the second batch: its transaction never commits
        transactions.executeWithoutResult(status -> {
            newsletters.queueBatch();
            status.setRollbackOnly();
        });
        assertThat(newsletters.find(id).orElseThrow().queued()).isEqualTo(NewsletterService.BATCH);

        while (newsletters.queueBatch()) {
            if (newsletters.find(id).orElseThrow().status() == Newsletter.Status.SENT) {
                break;
            }
        }
        mailer.sweep();

        Newsletter sent = newsletters.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(Newsletter.Status.SENT);
        assertThat(sent.queued()).isEqualTo(sent.recipients());
        assertThat(jdbc.sql("select count(*) from mail_outbox where batch = :b and recipient in (:r)")
                .param("b", sent.batch()).param("r", confirmed).query(Long.class).single()).isEqualTo(1_100);
        var received = mailbox.countsPerAddress();
        assertThat(confirmed).allSatisfy(email -> assertThat(received.get(email.toLowerCase())).isEqualTo(1L));
        assertThat(mailbox.to(pending)).extracting(Mailbox.Mail::subject).doesNotContain("Neues aus der Beteiligung");
        assertThat(mailbox.to(gone)).isEmpty();
        assertThat(mailbox.to(confirmed.get(0)).get(0).body()).contains("Drei neue Projekte warten auf Sie.",
                "http://localhost/newsletter/abbestellen/");
        assertThat(mailer.progress(sent.batch())[1]).as("nothing left waiting").isZero();
    }

    @Test
    void oneClickFromAMailProgramUnsubscribesWithoutLoginOrSession() throws Exception {
        String email = address();
        newsletters.subscribeConfirmed(email);
        String token = jdbc.sql("select token from newsletter_subscriber where email = ?").param(email)
                .query(String.class).single();

        var response = mvc.perform(post("/newsletter/abbestellen/" + token)
                .contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookie("SESSION")).isNull();
        assertThat(status(email)).isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void administratorsTestAnIssueOnThemselvesBeforeSendingIt() throws Exception {
        var admin = data.admin();
        Browser browser = Browser.loggedIn(mvc, admin);
        browser.post("/verwaltung/newsletter/neu", "subject", "Ausgabe November", "bodyMd", "Hallo Kaiserslautern!");
        long id = jdbc.sql("select max(id) from newsletter where subject = 'Ausgabe November'").query(Long.class)
                .single();
        assertThat(body(browser.get("/verwaltung/newsletter/" + id))).contains("So kommt die E-Mail an",
                "Hallo Kaiserslautern!", "Test an mich senden");

        browser.post("/verwaltung/newsletter/" + id + "/test");

        assertThat(mailbox.latestTo(admin.email(), "[Test] Ausgabe November").body()).contains("Hallo Kaiserslautern!");
        assertThat(newsletters.find(id).orElseThrow().status()).isEqualTo(Newsletter.Status.DRAFT);
    }

    @Test
    void citizensCannotSendTheNewsletter() throws Exception {
        var response = Browser.loggedIn(mvc, data.account()).post("/verwaltung/newsletter/neu", "subject", "Spam",
                "bodyMd", "Spam").getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void anEmptySubjectIsRefusedNextToTheFieldKeepingTheText() throws Exception {
        String page = body(Browser.loggedIn(mvc, data.admin()).post("/verwaltung/newsletter/neu", "subject", "",
                "bodyMd", "Mein langer Text"));
        assertThat(page).contains("id=\"subject-error\"", "Mein langer Text");
    }
}

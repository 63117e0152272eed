package de.stadtdialog.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;

/** The outbox: no mail without its cause, none lost when a node stops, none sent twice. */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private static String address() {
        return TestData.unique("m").replace(" ", "") + "@example.org";
    }

    private long rows(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(recipient).query(Long.class)
                .single();
    }

    @Test
    void aMailIsSentRightAfterTheActionThatCausedItCommits() {
        String to = address();
        transactions.executeWithoutResult(status -> mailer.send(to, "Bestätigung", "Danke."));

        assertThat(mailbox.to(to)).extracting(Mailbox.Mail::subject).containsExactly("Bestätigung");
        assertThat(jdbc.sql("select sent_at is not null from mail_outbox where recipient = ?").param(to)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRolledBackActionSendsNoMail() {
        String to = address();
        transactions.executeWithoutResult(status -> {
            mailer.send(to, "Bestätigung", "Danke.");
            status.setRollbackOnly();
        });

        assertThat(mailbox.to(to)).isEmpty();
        assertThat(rows(to)).isZero();
    }

    @Test
    void mailsClaimedByANodeThatStoppedAreSentOnceByAnotherAfterTheClaimExpires() {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = address();
            recipients.add(to);
            outbox.add(new OutgoingMail(to, "Erinnerung", "Morgen ist die Veranstaltung."));
        }
        // another node claims the mails and stops before sending any of them
        List<MailOutbox.Row> claimed = outbox.claim(recipients.stream().map(this::id).toList());
        assertThat(claimed).hasSize(12);

        mailer.sweep();
        assertThat(recipients).allSatisfy(to -> assertThat(mailbox.to(to)).isEmpty());

        jdbc.sql("update mail_outbox set claimed_until = claimed_until - interval '3' minute where recipient in (:r)")
                .param("r", recipients).update();
        mailer.sweep();
        mailer.sweep();

        assertThat(recipients).allSatisfy(to -> assertThat(mailbox.to(to)).hasSize(1));
    }

    @Test
    void twoNodesSweepingAtOnceSendEveryMailExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String to = address();
            recipients.add(to);
            outbox.add(new OutgoingMail(to, "Newsletter", "Neues aus der Beteiligung."));
        }
        Callable<Void> sweep = () -> {
            mailer.sweep();
            return null;
        };
        var nodes = Executors.newFixedThreadPool(3);
        try {
            for (var result : nodes.invokeAll(List.of(sweep, sweep, sweep))) {
                result.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(recipients).allSatisfy(to -> assertThat(mailbox.to(to)).hasSize(1));
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeAndIsThenRetried() {
        String to = address();
        outbox.add(new OutgoingMail(to, "Erinnerung", "Text"));
        MailOutbox.Row row = outbox.claim(List.of(id(to))).get(0);
        outbox.failed(row, "Connection refused");
        assertThat(minutesUntilNextAttempt(to)).isBetween(0.9, 1.1);

        jdbc.sql("update mail_outbox set next_attempt_at = next_attempt_at - interval '2' minute where id = ?")
                .param(row.id()).update();
        outbox.failed(outbox.claim(List.of(row.id())).get(0), "Connection refused");
        assertThat(minutesUntilNextAttempt(to)).isBetween(1.9, 2.1);

        mailer.sweep();
        assertThat(mailbox.to(to)).as("not before its time").isEmpty();
        jdbc.sql("update mail_outbox set next_attempt_at = next_attempt_at - interval '3' minute where id = ?")
                .param(row.id()).update();
        mailer.sweep();
        assertThat(mailbox.to(to)).hasSize(1);
    }

    @Test
    void oneClickUnsubscribeTravelsAsListUnsubscribeHeader() throws Exception {
        String to = address();
        mailer.send(new OutgoingMail(to, "Neue Phase", "Text", "http://localhost/abmelden/abc"));

        var message = mailbox.raw(to).get(0);
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<http://localhost/abmelden/abc>");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    private long id(String recipient) {
        return jdbc.sql("select id from mail_outbox where recipient = ?").param(recipient).query(Long.class).single();
    }

    private double minutesUntilNextAttempt(String recipient) {
        var times = jdbc.sql("select next_attempt_at, current_timestamp from mail_outbox where recipient = ?")
                .param(recipient).query((rs, n) -> new java.sql.Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)})
                .single();
        return (times[0].getTime() - times[1].getTime()) / 60000.0;
    }
}

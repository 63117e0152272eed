package de.stadtdialog.shared.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text mail through the persistent outbox. {@link #send} writes the mail in the caller's
 * transaction and sends it right after the commit; if that fails, or the node stops first, the
 * sweep sends it later, with back-off, from whichever node gets to it first. A rolled-back action
 * sends nothing. When no SMTP server is configured (a fresh demo install), mails are written to the
 * log instead, so a newcomer can still open confirmation links.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Duration KEEP_SENT = Duration.ofDays(30);
    private static final int BATCH = 100;

    private final ObjectProvider<JavaMailSender> sender;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String from;
    private final boolean configured;

    Mailer(ObjectProvider<JavaMailSender> sender, MailOutbox outbox, Clock clock,
            @Value("${stadtdialog.mail.from}") String from, @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.outbox = outbox;
        this.clock = clock;
        this.from = from;
        this.configured = !host.isBlank();
    }

    public void send(String to, String subject, String text) {
        send(new OutgoingMail(to, subject, text));
    }

    public void send(OutgoingMail mail) {
        long id = outbox.add(mail);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(outbox.claim(List.of(id)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Long> pending = (List<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Long> ids = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(outbox.claim(ids));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Mailer.this);
                }
            });
            pending = ids;
        }
        pending.add(id);
    }

    /** Sends what is due: mails whose first attempt failed, and those of nodes that stopped before sending. */
    @Scheduled(fixedDelayString = "${stadtdialog.mail.sweep-every:PT20S}", initialDelayString = "PT30S")
    public void sweep() {
        List<MailOutbox.Row> batch;
        while (!(batch = outbox.claimDue(BATCH)).isEmpty()) {
            deliver(batch);
        }
        outbox.forgetSentBefore(clock.instant().minus(KEEP_SENT));
    }

    /** Mails not yet sent and not given up, for health checks and the back office. */
    public long pending() {
        return outbox.pending();
    }

    private void deliver(List<MailOutbox.Row> rows) {
        for (MailOutbox.Row row : rows) {
            try {
                transmit(row);
                outbox.sent(row.id());
            } catch (MailException | MessagingException e) {
                log.warn("Sending mail {} '{}' failed (attempt {}), will retry: {}", row.id(), row.subject(),
                        row.attempts() + 1, e.getMessage());
                outbox.failed(row, e.getMessage());
            }
        }
    }

    private void transmit(MailOutbox.Row row) throws MessagingException {
        JavaMailSender smtp = configured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            log.info("No SMTP server configured; mail to {} not sent.\nSubject: {}\n\n{}", row.recipient(),
                    row.subject(), row.body());
            return;
        }
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.body(), false);
        // lets the receiving side recognise a mail that a crashed node might have handed over already
        message.setHeader("X-Stadtdialog-Mail-Id", Long.toString(row.id()));
        if (row.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        smtp.send(message);
    }
}

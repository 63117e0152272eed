package de.stadtdialog.shared.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.stadtdialog.shared.BackgroundJobs;

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
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final String from;
    private final boolean configured;

    Mailer(ObjectProvider<JavaMailSender> sender, MailOutbox outbox, BackgroundJobs jobs, Clock clock,
            @Value("${stadtdialog.mail.from}") String from, @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.outbox = outbox;
        this.jobs = jobs;
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
                    // the action is saved; whatever goes wrong now, the sweep sends the mails later
                    try {
                        deliver(outbox.claim(ids));
                    } catch (RuntimeException e) {
                        log.warn("Sending {} mail(s) after the commit failed, the sweep will retry: {}", ids.size(),
                                e.getMessage());
                    }
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

    /**
     * Queues many mails in the caller's transaction without sending them right away: the sweep sends
     * them in batches, so a newsletter to 50,000 people does not hold up the request that starts it.
     *
     * @param batch a name to ask {@link #progress} about, e.g. "newsletter-7"
     */
    public void queueAll(List<OutgoingMail> mails, String batch) {
        if (!mails.isEmpty()) {
            outbox.addAll(mails, batch);
        }
    }

    /** @return mails of the batch sent, and still waiting */
    public long[] progress(String batch) {
        return outbox.progress(batch);
    }

    /** Sends what is due: mails whose first attempt failed, and those of nodes that stopped before sending. */
    @Scheduled(fixedDelayString = "${stadtdialog.mail.sweep-every:PT20S}", initialDelayString = "PT30S")
    void scheduledSweep() {
        if (jobs.enabled()) {
            sweep();
        }
    }

    public void sweep() {
        List<MailOutbox.Row> batch;
        while (!(batch = outbox.claimDue(BATCH)).isEmpty()) {
            deliver(batch);
        }
        outbox.forgetSentBefore(clock.instant().minus(KEEP_SENT));
    }

    /** One SMTP connection for the whole batch; a message the server refuses is retried alone later. */
    private void deliver(List<MailOutbox.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        JavaMailSender smtp = configured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            for (MailOutbox.Row row : rows) {
                log.info("No SMTP server configured; mail to {} not sent.\nSubject: {}\n\n{}", row.recipient(),
                        row.subject(), row.body());
                outbox.sent(row.id());
            }
            return;
        }
        Map<MimeMessage, MailOutbox.Row> messages = new LinkedHashMap<>();
        for (MailOutbox.Row row : rows) {
            try {
                messages.put(message(smtp, row), row);
            } catch (MessagingException e) {
                failed(row, e);
            }
        }
        Map<Object, Exception> refused = Map.of();
        try {
            smtp.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            refused = e.getFailedMessages();
        } catch (MailException e) {
            messages.values().forEach(row -> failed(row, e));
            return;
        }
        for (var entry : messages.entrySet()) {
            Exception problem = refused.get(entry.getKey());
            if (problem == null) {
                outbox.sent(entry.getValue().id());
            } else {
                failed(entry.getValue(), problem);
            }
        }
    }

    private void failed(MailOutbox.Row row, Exception e) {
        log.warn("Sending mail {} '{}' failed (attempt {}), will retry: {}", row.id(), row.subject(),
                row.attempts() + 1, e.getMessage());
        outbox.failed(row, String.valueOf(e.getMessage()));
    }

    private MimeMessage message(JavaMailSender smtp, MailOutbox.Row row) throws MessagingException {
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
        return message;
    }
}

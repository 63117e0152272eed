package de.stadtdialog.newsletter.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.stadtdialog.shared.BackgroundJobs;
import de.stadtdialog.shared.jdbc.RecordRowMapper;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.mail.OutgoingMail;

/**
 * Subscriptions and sending. An issue is sent by queuing its copies in the mail outbox, one batch
 * of subscribers per transaction; the batch and the cursor (the last subscriber queued)
 * commit together, and the row is locked while a batch is queued, so neither a restart nor
 * a second node sends a copy twice or skips a subscriber.
 */
@Service
public class NewsletterService {

    static final int BATCH = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, subject, body_md, status, created_at, started_at, finished_at, "
            + "recipients, queued, cursor_id";

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final BackgroundJobs jobs;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    NewsletterService(BackgroundJobs jobs, JdbcClient jdbc, Mailer mailer, MessageSource messages,
            TransactionTemplate transactions,
            Clock clock, @Value("${stadtdialog.base-url}") String baseUrl) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    record Subscriber(long id, String email, String status, String token) {
    }

    /**
     * Asks the address to confirm. Someone already subscribed gets no second mail, and the page says
     * the same in every case, so nobody learns whether an address is on the list.
     *
     * @return the token to confirm with, when a confirmation mail went out
     */
    @Transactional
    public Optional<String> subscribe(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Subscriber> existing = byEmail(address);
        if (existing.isPresent() && "CONFIRMED".equals(existing.get().status())) {
            return Optional.empty();
        }
        String token = token();
        if (existing.isPresent()) {
            jdbc.sql("update newsletter_subscriber set status = 'PENDING', token = ? where id = ?")
                    .params(token, existing.get().id()).update();
        } else {
            try {
                jdbc.sql("insert into newsletter_subscriber (email, status, token, created_at) values (?, 'PENDING', ?, ?)")
                        .params(address, token, Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException sameAddressAtTheSameTime) {
                return Optional.empty();
            }
        }
        mailer.send(address, message("newsletter.confirm.subject"),
                message("newsletter.confirm.body", baseUrl + "/newsletter/bestaetigen/" + token));
        return Optional.of(token);
    }

    /** For subscribers who confirmed elsewhere, e.g. on a paper form with signature at an info stand. */
    @Transactional
    public void subscribeConfirmed(String email) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into newsletter_subscriber (email, status, token, created_at, confirmed_at) "
                + "values (?, 'CONFIRMED', ?, ?, ?)").params(email.strip().toLowerCase(Locale.ROOT), token(), now, now)
                .update();
    }

    @Transactional
    public boolean confirm(String token) {
        return jdbc.sql("update newsletter_subscriber set status = 'CONFIRMED', confirmed_at = ? "
                + "where token = ? and status = 'PENDING'").params(Timestamp.from(clock.instant()), token).update() == 1
                || byToken(token).map(s -> "CONFIRMED".equals(s.status())).orElse(false);
    }

    @Transactional
    public boolean unsubscribe(String token) {
        return jdbc.sql("update newsletter_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = ? "
                + "where token = ?").params(Timestamp.from(clock.instant()), token).update() == 1;
    }

    Optional<Subscriber> byToken(String token) {
        return jdbc.sql("select id, email, status, token from newsletter_subscriber where token = ?").param(token)
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private Optional<Subscriber> byEmail(String email) {
        return jdbc.sql("select id, email, status, token from newsletter_subscriber where email = ?").param(email)
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    long confirmedSubscribers() {
        return jdbc.sql("select count(*) from newsletter_subscriber where status = 'CONFIRMED'").query(Long.class)
                .single();
    }

    @Transactional
    public long create(String subject, String bodyMd, Long authorId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into newsletter (subject, body_md, status, created_by, created_at) values (?, ?, 'DRAFT', ?, ?)")
                .params(subject.strip(), bodyMd.strip(), authorId, Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** @return false when the issue is no longer a draft */
    @Transactional
    boolean update(long id, String subject, String bodyMd) {
        return jdbc.sql("update newsletter set subject = ?, body_md = ? where id = ? and status = 'DRAFT'")
                .params(subject.strip(), bodyMd.strip(), id).update() == 1;
    }

    Optional<Newsletter> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from newsletter where id = ?").param(id)
                .query(RecordRowMapper.of(Newsletter.class)).optional();
    }

    List<Newsletter> all() {
        return jdbc.sql("select " + COLUMNS + " from newsletter order by created_at desc, id desc")
                .query(RecordRowMapper.of(Newsletter.class)).list();
    }

    void testSend(Newsletter newsletter, String email) {
        mailer.send(new OutgoingMail(email, message("newsletter.test.prefix") + " " + newsletter.subject(),
                text(newsletter, baseUrl + "/newsletter")));
    }

    /** @return the message key of why it cannot be sent, or empty once it is on its way */
    @Transactional
    public Optional<String> start(long id) {
        long recipients = confirmedSubscribers();
        if (recipients == 0) {
            return Optional.of("newsletter.send.no-subscribers");
        }
        int started = jdbc.sql("update newsletter set status = 'SENDING', started_at = ?, recipients = ? "
                + "where id = ? and status = 'DRAFT'").params(Timestamp.from(clock.instant()), recipients, id).update();
        return started == 1 ? Optional.empty() : Optional.of("newsletter.send.not-draft");
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT40S")
    void queue() {
        while (jobs.enabled() && queueBatch()) {
            // one transaction per batch, so progress is visible and a restart resumes where it stopped
        }
    }

    /** Queues the next batch of copies of an issue being sent. @return whether there may be more to do */
    public boolean queueBatch() {
        Boolean more = transactions.execute(status -> {
            List<Long> sending = jdbc.sql("select id from newsletter where status = 'SENDING' order by id")
                    .query(Long.class).list();
            if (sending.isEmpty()) {
                return false;
            }
            // the lock makes a second node wait and then read the moved cursor
            Newsletter newsletter = jdbc.sql("select " + COLUMNS + " from newsletter where id = ? for update")
                    .param(sending.get(0)).query(RecordRowMapper.of(Newsletter.class)).single();
            if (newsletter.status() != Newsletter.Status.SENDING) {
                return true;
            }
            List<Subscriber> batch = jdbc.sql("select id, email, status, token from newsletter_subscriber "
                    + "where status = 'CONFIRMED' and id > ? order by id fetch first " + BATCH + " rows only")
                    .param(newsletter.cursorId())
                    .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list();
            if (batch.isEmpty()) {
                jdbc.sql("update newsletter set status = 'SENT', finished_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), newsletter.id()).update();
                return true;
            }
            mailer.queueAll(batch.stream().map(s -> {
                String unsubscribe = baseUrl + "/newsletter/abbestellen/" + s.token();
                return new OutgoingMail(s.email(), newsletter.subject(), text(newsletter, unsubscribe), unsubscribe);
            }).toList(), newsletter.batch());
            jdbc.sql("update newsletter set cursor_id = ?, queued = queued + ? where id = ?")
                    .params(batch.get(batch.size() - 1).id(), batch.size(), newsletter.id()).update();
            return true;
        });
        return Boolean.TRUE.equals(more);
    }

    /** Copies sent and still waiting in the outbox. */
    long[] delivery(Newsletter newsletter) {
        return mailer.progress(newsletter.batch());
    }

    private String text(Newsletter newsletter, String unsubscribe) {
        return newsletter.bodyMd() + "\n\n--\n" + message("newsletter.footer", unsubscribe);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMAN);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

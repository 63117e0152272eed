package de.stadtdialog.shared.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of mails to send. Claims are what keeps several nodes from sending the same mail: a
 * node marks a batch with its own token and a deadline, and only rows without a live claim can be
 * claimed. A node that dies mid-batch loses its claim when the deadline passes, and another node
 * sends what it had not marked as sent.
 */
@Component
class MailOutbox {

    /** Longer than sending one batch can take, short enough that a dead node's mails are not held long. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;
    private static final String DUE = "sent_at is null and failed_at is null and next_attempt_at <= :now "
            + "and (claimed_until is null or claimed_until < :now)";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final TransactionTemplate own;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    record Row(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
    }

    /** Joins the caller's transaction, so the mail exists exactly when what caused it does. */
    long add(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mail_outbox (recipient, subject, body, unsubscribe_url, created_at, next_attempt_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(mail.to(), truncate(mail.subject(), 500), mail.text(), mail.unsubscribeUrl(), now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Many mails at once, in the caller's transaction, for the sweep to send. */
    void addAll(List<OutgoingMail> mails, String batch) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbcTemplate.batchUpdate("insert into mail_outbox (recipient, subject, body, unsubscribe_url, created_at, "
                + "next_attempt_at, batch) values (?, ?, ?, ?, ?, ?, ?)", mails.stream()
                .map(m -> new Object[] {m.to(), truncate(m.subject(), 500), m.text(), m.unsubscribeUrl(), now, now, batch})
                .toList());
    }

    /** How many mails of a batch are sent, and how many still wait (given-up ones count as neither). */
    long[] progress(String batch) {
        return jdbc.sql("select count(sent_at), count(*) - count(sent_at) - count(failed_at) from mail_outbox "
                + "where batch = ?").param(batch).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Claims these mails if they are still due, in a transaction of its own. */
    List<Row> claim(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return claimWhere("id in (:ids) and " + DUE, ids, Integer.MAX_VALUE);
    }

    /** Claims up to {@code batch} due mails, oldest first. */
    List<Row> claimDue(int batch) {
        return claimWhere("id in (select id from mail_outbox where " + DUE + " order by id fetch first " + batch
                + " rows only) and " + DUE, List.of(), batch);
    }

    private List<Row> claimWhere(String condition, List<Long> ids, int batch) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        return own.execute(status -> {
            var update = jdbc.sql("update mail_outbox set claim = :token, claimed_until = :until where " + condition)
                    .param("token", token).param("until", Timestamp.from(now.plus(CLAIM)))
                    .param("now", Timestamp.from(now));
            if (!ids.isEmpty()) {
                update = update.param("ids", ids);
            }
            if (update.update() == 0) {
                return List.<Row>of();
            }
            return jdbc.sql("select id, recipient, subject, body, unsubscribe_url, attempts from mail_outbox "
                    + "where claim = ? order by id").param(token)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6)))
                    .list();
        });
    }

    void sent(long id) {
        own.executeWithoutResult(status -> jdbc.sql("update mail_outbox set sent_at = ?, claim = null, "
                + "claimed_until = null where id = ?").params(Timestamp.from(clock.instant()), id).update());
    }

    /** Tries again later, one minute after the first failure and doubling up to six hours, then gives up. */
    void failed(Row row, String error) {
        int attempts = row.attempts() + 1;
        Instant now = clock.instant();
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 9));
        if (wait.compareTo(Duration.ofHours(6)) > 0) {
            wait = Duration.ofHours(6);
        }
        Instant next = now.plus(wait);
        own.executeWithoutResult(status -> jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, "
                + "last_error = ?, claim = null, claimed_until = null, failed_at = ? where id = ?")
                .params(attempts, Timestamp.from(next), truncate(error, 1000),
                        attempts >= MAX_ATTEMPTS ? Timestamp.from(now) : null, row.id())
                .update());
    }

    /** Sent mails carry personal data; they are kept only as long as needed to answer "did it go out?". */
    int forgetSentBefore(Instant before) {
        return jdbc.sql("delete from mail_outbox where sent_at < ?").param(Timestamp.from(before)).update();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

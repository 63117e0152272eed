package de.stadtdialog.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.mail.OutgoingMail;

/**
 * Notifications by e-mail, as each person chose: right away, as a daily or weekly digest, or never.
 * Every such mail carries a one-click unsubscribe link. Digests are claimed per person by moving the
 * time of the last digest, so with several nodes only one sends it.
 */
@Component
class NotificationMails {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale GERMAN = Locale.GERMAN;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    NotificationMails(JdbcClient jdbc, Accounts accounts, Mailer mailer, MessageSource messages, Clock clock,
            @Value("${stadtdialog.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    record Setting(long accountId, MailFrequency frequency, String token) {
    }

    /** People who never chose get their notifications right away, as they asked for nothing else. */
    MailFrequency frequency(long accountId) {
        return jdbc.sql("select frequency from notification_setting where account_id = ?").param(accountId)
                .query(String.class).optional().map(MailFrequency::valueOf).orElse(MailFrequency.IMMEDIATE);
    }

    void choose(long accountId, MailFrequency frequency) {
        setting(accountId);
        jdbc.sql("update notification_setting set frequency = ? where account_id = ?")
                .params(frequency.name(), accountId).update();
    }

    /** @return whether the token was known */
    boolean unsubscribe(String token) {
        return jdbc.sql("update notification_setting set frequency = 'NEVER' where unsubscribe_token = ?")
                .param(token).update() == 1;
    }

    Optional<Setting> byToken(String token) {
        return jdbc.sql("select account_id, frequency, unsubscribe_token from notification_setting "
                + "where unsubscribe_token = ?").param(token)
                .query((rs, n) -> new Setting(rs.getLong(1), MailFrequency.valueOf(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    private Setting setting(long accountId) {
        return jdbc.sql("select account_id, frequency, unsubscribe_token from notification_setting "
                + "where account_id = ?").param(accountId)
                .query((rs, n) -> new Setting(rs.getLong(1), MailFrequency.valueOf(rs.getString(2)), rs.getString(3)))
                .optional().orElseGet(() -> {
                    String token = HexFormat.of().formatHex(bytes());
                    jdbc.sql("insert into notification_setting (account_id, frequency, unsubscribe_token) "
                            + "values (?, 'IMMEDIATE', ?)").params(accountId, token).update();
                    return new Setting(accountId, MailFrequency.IMMEDIATE, token);
                });
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    boolean mailAlongside(long accountId, String subject, String text) {
        if (frequency(accountId) == MailFrequency.NEVER) {
            return false;
        }
        Optional<String> email = accounts.activeEmail(accountId);
        if (email.isEmpty()) {
            return false;
        }
        String unsubscribe = baseUrl + "/e-mails/abbestellen/" + setting(accountId).token();
        mailer.send(new OutgoingMail(email.get(), subject, text + "\n\n--\n"
                + message("notification.mail.footer", baseUrl + "/benachrichtigungen/einstellungen", unsubscribe),
                unsubscribe));
        return true;
    }

    /** Mails the notifications just written to those who want them right away, in the caller's transaction. */
    void mailImmediately(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        Map<Long, MailFrequency> chosen = jdbc.sql("select account_id, frequency from notification_setting "
                + "where account_id in (:ids)").param("ids", accountIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), MailFrequency.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (long accountId : accountIds.stream().distinct().toList()) {
            if (chosen.getOrDefault(accountId, MailFrequency.IMMEDIATE) == MailFrequency.IMMEDIATE) {
                mailPending(accountId, false);
            }
        }
    }

    /** Sends the digests that are due; each person's digest is claimed before it is sent. */
    @Transactional
    public void sendDigests() {
        Instant now = clock.instant();
        for (MailFrequency frequency : List.of(MailFrequency.DAILY, MailFrequency.WEEKLY)) {
            Timestamp due = Timestamp.from(now.minus(frequency.interval));
            List<Long> waiting = jdbc.sql("select distinct s.account_id from notification_setting s join notification n "
                    + "on n.account_id = s.account_id and n.mail_due = true and n.emailed_at is null "
                    + "where s.frequency = ? and (s.last_digest_at is null or s.last_digest_at <= ?)")
                    .params(frequency.name(), due).query(Long.class).list();
            for (long accountId : waiting) {
                boolean claimed = jdbc.sql("update notification_setting set last_digest_at = ? where account_id = ? "
                        + "and (last_digest_at is null or last_digest_at <= ?)")
                        .params(Timestamp.from(now), accountId, due).update() == 1;
                if (claimed) {
                    mailPending(accountId, true);
                }
            }
        }
    }

    private void mailPending(long accountId, boolean digest) {
        Optional<String> email = accounts.activeEmail(accountId);
        List<Notification> pending = jdbc.sql("select id, account_id, message_key, subject, link, created_at, read_at "
                + "from notification where account_id = ? and mail_due = true and emailed_at is null order by id")
                .param(accountId).query(de.stadtdialog.shared.jdbc.RecordRowMapper.of(Notification.class)).list();
        if (pending.isEmpty()) {
            return;
        }
        jdbc.sql("update notification set emailed_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant())).param("ids", pending.stream().map(Notification::id).toList())
                .update();
        if (email.isEmpty()) {
            return;
        }
        Setting setting = setting(accountId);
        String unsubscribe = baseUrl + "/e-mails/abbestellen/" + setting.token();
        StringBuilder lines = new StringBuilder();
        for (Notification n : pending) {
            lines.append("- ").append(text(n)).append('\n').append("  ").append(baseUrl).append(n.link()).append('\n');
        }
        String subject = digest
                ? message("notification.mail.digest.subject", pending.size())
                : pending.size() == 1 ? text(pending.get(0)) : message("notification.mail.many.subject", pending.size());
        String body = message("notification.mail.body", lines.toString(),
                baseUrl + "/benachrichtigungen/einstellungen", unsubscribe);
        mailer.send(new OutgoingMail(email.get(), subject, body, unsubscribe));
    }

    private String text(Notification notification) {
        return messages.getMessage(notification.messageKey(), new Object[] {notification.subject()}, GERMAN);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, GERMAN);
    }
}

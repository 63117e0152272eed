package de.stadtdialog.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.shared.jdbc.RecordRowMapper;
import de.stadtdialog.shared.web.Inbox;

/** Sends and lists notifications: in the app, and by e-mail as often as each person chose. */
@Service
public class Notifications implements Inbox, PersonalDataSource {

    private static final String COLUMNS = "id, account_id, message_key, subject, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final NotificationMails mails;

    Notifications(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, Clock clock,
            NotificationMails mails) {
        this.mails = mails;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /**
     * @param messageKey a message with one argument, the subject, e.g. "Neue Antwort auf Ihren Kommentar zu „{0}“"
     * @param link a path on this platform
     */
    public void notify(long accountId, String messageKey, String subject, String link) {
        insert(accountId, messageKey, subject, link, true);
        mails.mailImmediately(List.of(accountId));
    }

    /**
     * A notification in the app only, for callers that send a mail of their own with more in it
     * (a city's answer in full, a duty of the coordination office).
     */
    public void record(long accountId, String messageKey, String subject, String link) {
        insert(accountId, messageKey, subject, link, false);
    }

    private void insert(long accountId, String messageKey, String subject, String link, boolean mailDue) {
        jdbc.sql("insert into notification (account_id, message_key, subject, link, created_at, mail_due) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(accountId, messageKey, shorten(subject), link, Timestamp.from(clock.instant()), mailDue)
                .update();
    }

    /** One notification to be sent, see {@link #notify(long, String, String, String)}. */
    public record Message(long accountId, String messageKey, String subject, String link) {
    }

    /** Many notifications in one batch, e.g. for every author of ideas whose status changed together. */
    public void notifyAll(List<Message> messages) {
        insertAll(messages, true);
        mails.mailImmediately(messages.stream().map(Message::accountId).toList());
    }

    /** Many notifications in the app only; see {@link #record}. */
    public void recordAll(List<Message> messages) {
        insertAll(messages, false);
    }

    private void insertAll(List<Message> messages, boolean mailDue) {
        if (messages.isEmpty()) {
            return;
        }
        java.sql.Timestamp now = Timestamp.from(clock.instant());
        jdbcTemplate.batchUpdate("insert into notification (account_id, message_key, subject, link, created_at, mail_due) "
                + "values (?, ?, ?, ?, ?, ?)", messages.stream().map(m -> new Object[] { m.accountId(), m.messageKey(),
                    shorten(m.subject()), m.link(), now, mailDue }).toList());
    }

    /**
     * A mail of another module that belongs with a notification (a city's answer, a reminder): sent
     * unless the person wants no notification mails, with the one-click unsubscribe link appended.
     *
     * @return whether it was sent
     */
    public boolean mail(long accountId, String subject, String text) {
        return mails.mailAlongside(accountId, subject, text);
    }

    public MailFrequency mailFrequency(long accountId) {
        return mails.frequency(accountId);
    }

    public void chooseMailFrequency(long accountId, MailFrequency frequency) {
        mails.choose(accountId, frequency);
    }

    private static String shorten(String subject) {
        return subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    }

    public List<Notification> latest(long accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where account_id = ? order by created_at desc, id desc"
                + " limit ?").params(accountId, limit).query(RecordRowMapper.of(Notification.class)).list();
    }

    @Override
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    public void markAllRead(long accountId) {
        jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object collect(long accountId) {
        return latest(accountId, Integer.MAX_VALUE).stream()
                .map(n -> Map.of("message", n.messageKey(), "subject", n.subject(), "link", n.link(),
                        "created", n.createdAt().toString()))
                .toList();
    }
}

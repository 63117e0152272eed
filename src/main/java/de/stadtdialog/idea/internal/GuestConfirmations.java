package de.stadtdialog.idea.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.text.PlainText;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.PlatformSettings;

/**
 * Guests confirm what they sent with a link mailed to them. Only a hash of the link's token is
 * stored; the address is erased from the contribution when it is confirmed, and unconfirmed
 * contributions are deleted after a week.
 */
@Component
class GuestConfirmations {

    static final Duration VALID_FOR = Duration.ofHours(48);
    /** Unconfirmed contributions an address may have open within a day, against flooding strangers' inboxes. */
    static final int OPEN_PER_ADDRESS = 5;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final Clock clock;

    GuestConfirmations(JdbcClient jdbc, IdeaRepository ideas, CommentRepository comments, Mailer mailer,
            MessageSource messages, PlatformSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.comments = comments;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** The guest's name, address and consent, with the limit of open confirmations per address. */
    void check(String name, String email, boolean consent, BindingResult result) {
        if (name == null || name.isBlank()) {
            FormErrors.reject(result, "guestName", "idea.guest.name.required");
        } else if (name.strip().length() > 40 || !PlainText.Validator.plain(name)) {
            FormErrors.reject(result, "guestName", "idea.guest.name.invalid");
        }
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254) {
            FormErrors.reject(result, "guestEmail", "idea.guest.email.invalid");
        } else if (openFor(email.strip()) >= OPEN_PER_ADDRESS) {
            FormErrors.reject(result, "guestEmail", "idea.guest.email.too-many");
        }
        if (!consent) {
            FormErrors.reject(result, "guestConsent", "idea.guest.consent.required");
        }
    }

    private long openFor(String email) {
        return jdbc.sql("select count(*) from idea_guest_token where email = ? and created_at > ?")
                .params(email.toLowerCase(Locale.ROOT), Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query(Long.class).single();
    }

    void sendIdeaLink(IdeaContext context, long ideaId, String email) {
        String token = store(ideaId, null, email);
        send(email, context, "idea.guest.mail.idea", ideas.find(ideaId).map(Idea::title).orElse(""), token);
    }

    void sendCommentLink(IdeaContext context, Idea idea, long commentId, String email) {
        String token = store(null, commentId, email);
        send(email, context, "idea.guest.mail.comment", idea.title(), token);
    }

    private String store(Long ideaId, Long commentId, String email) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into idea_guest_token (token_hash, idea_id, comment_id, email, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(hash(token), ideaId, commentId, email.toLowerCase(Locale.ROOT),
                        Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR)))
                .update();
        if (ideaId != null) {
            ideas.setGuestEmail(ideaId, email);
        }
        return token;
    }

    private void send(String email, IdeaContext context, String key, String subject, String token) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = settings.baseUrl() + context.base() + "/bestaetigen/" + token;
        mailer.send(email, messages.getMessage(key + ".subject", new Object[] { settings.name() }, locale),
                messages.getMessage(key + ".body", new Object[] { settings.name(), subject, link,
                    context.project().title() }, locale));
    }

    /** What a link confirms, if it is valid. */
    record Pending(Long ideaId, Long commentId) {
    }

    Optional<Pending> find(String token) {
        return jdbc.sql("select idea_id, comment_id from idea_guest_token where token_hash = ? and expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Pending(rs.getObject(1) == null ? null : rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2)))
                .optional();
    }

    /** Publishes what the link confirms, or hands it to moderation, and forgets the link and the address. */
    @Transactional
    Optional<Pending> confirm(String token, boolean premoderation) {
        Optional<Pending> pending = find(token);
        pending.ifPresent(p -> {
            jdbc.sql("delete from idea_guest_token where token_hash = ?").param(hash(token)).update();
            Idea.Visibility visibility = premoderation ? Idea.Visibility.PENDING : Idea.Visibility.PUBLISHED;
            if (p.ideaId() != null) {
                ideas.confirmGuest(p.ideaId(), visibility);
                ideas.find(p.ideaId()).ifPresent(idea -> ideas.touch(idea.projectId()));
            } else {
                comments.confirmGuest(p.commentId(), visibility);
            }
        });
        return pending;
    }

    /** Contributions nobody confirmed within a week are deleted, with their addresses. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @Transactional
    public void deleteUnconfirmed() {
        Timestamp weekAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(7)));
        jdbc.sql("delete from idea_comment where visibility = 'UNCONFIRMED' and created_at < ?").param(weekAgo)
                .update();
        jdbc.sql("delete from idea where visibility = 'UNCONFIRMED' and created_at < ?").param(weekAgo).update();
        jdbc.sql("delete from idea_guest_token where expires_at < ?").param(weekAgo).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

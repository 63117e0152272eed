package de.stadtdialog.shared.spam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Keeps automated submissions out of participation forms without a third-party captcha: a field
 * humans leave empty, a minimum time between showing and sending a form, limits per account and per
 * network address, few links from new accounts, and no identical texts. Each refusal is a form error
 * beside the text field, so the person keeps what they typed and can send again.
 *
 * <p>Counts live in the database, so several web nodes share them. Addresses and texts are stored
 * only as keyed hashes; see {@link AddressRetention} for how long.
 */
@Service
public class SpamGuard {

    public static final String HONEYPOT = "website";

    /** Texts shorter than this ("Danke!", "+1") may well be written twice by different people. */
    static final int DUPLICATE_MIN_LENGTH = 30;
    static final Duration SAME_PERSON_WINDOW = Duration.ofDays(30);
    static final Duration SAME_SCOPE_WINDOW = Duration.ofHours(24);
    static final Duration STAMP_VALIDITY = Duration.ofDays(1);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

    private final FormStamps stamps;
    private final JdbcClient jdbc;
    private final ObjectProvider<AccountAges> accountAges;
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Duration newAccountAge;
    private final int newAccountLinks;

    SpamGuard(FormStamps stamps, JdbcClient jdbc, ObjectProvider<AccountAges> accountAges, Clock clock,
            @Value("${stadtdialog.spam.min-fill-time:PT3S}") Duration minFillTime,
            @Value("${stadtdialog.spam.window:PT10M}") Duration window,
            @Value("${stadtdialog.spam.per-account:10}") int perAccount,
            @Value("${stadtdialog.spam.per-address:30}") int perAddress,
            @Value("${stadtdialog.spam.new-account-age:P7D}") Duration newAccountAge,
            @Value("${stadtdialog.spam.new-account-links:2}") int newAccountLinks) {
        this.stamps = stamps;
        this.jdbc = jdbc;
        this.accountAges = accountAges;
        this.clock = clock;
        this.minFillTime = minFillTime;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.newAccountAge = newAccountAge;
        this.newAccountLinks = newAccountLinks;
    }

    /** A submission that passed the guard; {@link #record()} it once the contribution is stored. */
    public final class Submission {

        private final Long accountId;
        private final String addressHash;
        private final String scope;
        private final String textHash;

        private Submission(Long accountId, String addressHash, String scope, String textHash) {
            this.accountId = accountId;
            this.addressHash = addressHash;
            this.scope = scope;
            this.textHash = textHash;
        }

        public void record() {
            SpamGuard.this.record(this);
        }
    }

    /**
     * Checks a submitted participation form and, when it looks automated, rejects {@code field} with
     * a message saying what to do. The first defence that trips decides the message.
     *
     * @param accountId the author, null for a guest
     * @param scope where duplicates count for everybody, e.g. "project:12"
     * @param field the form field the message stands beside, normally the main text
     * @param text the text to check for links and duplicates (may be null)
     */
    public Submission check(HttpServletRequest request, BindingResult result, Long accountId, String scope,
            String field, String text) {
        return check(request, result, accountId, scope, field, text, true);
    }

    /**
     * As {@link #check(HttpServletRequest, BindingResult, Long, String, String, String)}, for forms used by
     * a room full of people on one network (the questions at a live event), where a limit per address
     * would stop the audience.
     */
    public Submission checkInRoom(HttpServletRequest request, BindingResult result, Long accountId, String scope,
            String field, String text) {
        return check(request, result, accountId, scope, field, text, false);
    }

    private Submission check(HttpServletRequest request, BindingResult result, Long accountId, String scope,
            String field, String text, boolean limitAddress) {
        Instant now = clock.instant();
        String addressHash = stamps.pseudonym(String.valueOf(request.getRemoteAddr()));
        String normalised = normalise(text);
        String textHash = normalised.length() < DUPLICATE_MIN_LENGTH ? null : stamps.pseudonym(normalised);
        Submission submission = new Submission(accountId, addressHash, scope, textHash);
        if (honeypotFilled(request)) {
            reject(result, field, "spam.honeypot", text);
            return submission;
        }
        var shown = stamps.verify(request.getParameter(FormStamps.PARAMETER));
        if (shown.isEmpty() || shown.get().isAfter(now) || shown.get().plus(minFillTime).isAfter(now)) {
            reject(result, field, "spam.too-fast", text);
            return submission;
        }
        if (shown.get().plus(STAMP_VALIDITY).isBefore(now)) {
            reject(result, field, "spam.stamp-expired", text);
            return submission;
        }
        Instant since = now.minus(window);
        if (accountId != null && count("account_id = ? and created_at > ?", accountId, since) >= perAccount) {
            reject(result, field, "spam.too-many", text, window.toMinutes());
            return submission;
        }
        if (limitAddress && count("address_hash = ? and created_at > ?", addressHash, since) >= perAddress) {
            reject(result, field, "spam.too-many-from-address", text, window.toMinutes());
            return submission;
        }
        if (links(text) > newAccountLinks && isNew(accountId, now)) {
            reject(result, field, "spam.too-many-links", text, newAccountLinks);
            return submission;
        }
        if (textHash != null && duplicate(submission, now)) {
            reject(result, field, "spam.duplicate", text);
        }
        return submission;
    }

    /**
     * Only the field humans leave empty, for forms where the other defences do not fit: a survey's pages
     * are sent in quick succession, and it limits responses per address itself.
     */
    public boolean honeypotFilled(HttpServletRequest request) {
        String honeypot = request.getParameter(HONEYPOT);
        return honeypot != null && !honeypot.isEmpty();
    }

    private boolean duplicate(Submission submission, Instant now) {
        Instant sameScope = now.minus(SAME_SCOPE_WINDOW);
        if (count("scope = ? and text_hash = ? and created_at > ?", submission.scope, submission.textHash,
                sameScope) > 0) {
            return true;
        }
        return submission.accountId != null && count("account_id = ? and text_hash = ? and created_at > ?",
                submission.accountId, submission.textHash, now.minus(SAME_PERSON_WINDOW)) > 0;
    }

    private boolean isNew(Long accountId, Instant now) {
        if (accountId == null) {
            return true;
        }
        AccountAges ages = accountAges.getIfAvailable();
        return ages == null || ages.createdAt(accountId).map(created -> created.plus(newAccountAge).isAfter(now))
                .orElse(true);
    }

    static int links(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = LINK.matcher(text);
        int links = 0;
        while (matcher.find()) {
            links++;
        }
        return links;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private long count(String condition, Object... params) {
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = params[i] instanceof Instant instant ? java.sql.Timestamp.from(instant) : params[i];
        }
        return jdbc.sql("select count(*) from spam_submission where " + condition).params(values)
                .query(Long.class).single();
    }

    @Transactional
    void record(Submission submission) {
        jdbc.sql("""
                insert into spam_submission (account_id, address_hash, scope, text_hash, created_at)
                values (?, ?, ?, ?, ?)
                """).params(submission.accountId, submission.addressHash, submission.scope, submission.textHash,
                java.sql.Timestamp.from(clock.instant())).update();
    }

    private static void reject(BindingResult result, String field, String code, String value, Object... args) {
        result.addError(new FieldError(result.getObjectName(), field, value, false, new String[] { code }, args,
                code));
    }
}

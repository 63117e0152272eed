package de.stadtdialog.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The view helper every template receives as {@code ui}: translated texts, dates in the reader's
 * language, who is logged in, the CSRF token for forms and the platform's settings.
 */
public final class Ui {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final HttpServletRequest request;
    private final MessageSource messages;
    private final Locale locale;
    private final SignedInUser user;
    private final java.util.function.BooleanSupplier staffSupplier;
    private Boolean staff;
    private final PlatformSettings settings;
    private final java.util.function.LongSupplier unreadSupplier;
    private Long unread;

    /**
     * @param staff asked only when a page shows the back-office link: a redirect after a form never does
     */
    Ui(HttpServletRequest request, MessageSource messages, Locale locale, SignedInUser user,
            java.util.function.BooleanSupplier staff, PlatformSettings settings,
            java.util.function.LongSupplier unreadSupplier) {
        this.unreadSupplier = unreadSupplier;
        this.request = request;
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.staffSupplier = staff;
        this.settings = settings;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, localise(args), key, locale);
    }

    public String t(MessageSourceResolvable resolvable) {
        Object[] args = resolvable.getArguments() == null ? null : localise(resolvable.getArguments());
        return messages.getMessage(
                new DefaultMessageSourceResolvable(resolvable.getCodes(), args, resolvable.getDefaultMessage()), locale);
    }

    private Object[] localise(Object[] args) {
        return Arrays.stream(args).map(arg -> arg instanceof LocalDate date ? date(date) : arg).toArray();
    }

    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public String dateTime(Instant instant) {
        return instant == null ? ""
                : instant.atZone(ZONE).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
    }

    /** An instant for a datetime attribute, to the second, as HTML allows it. */
    public String machineTime(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public boolean loggedIn() {
        return user != null;
    }

    public String username() {
        return user == null ? "" : user.username();
    }

    /** Unread notifications of the person logged in, counted once per page. */
    public long unreadNotifications() {
        if (unread == null) {
            unread = unreadSupplier.getAsLong();
        }
        return unread;
    }

    public boolean platformAdmin() {
        return user != null && user.platformAdmin();
    }

    public boolean backoffice() {
        if (platformAdmin()) {
            return true;
        }
        if (staff == null) {
            staff = staffSupplier.getAsBoolean();
        }
        return staff;
    }

    /** Reading the token starts a session, so only forms that change something ask for it. */
    public String csrfParameter() {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "_csrf" : token.getParameterName();
    }

    public String csrfToken() {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getToken();
    }

    /** The signed time this page was shown, rendered into participation forms for the spam guard. */
    public String formStamp() {
        Object stamp = request.getAttribute(de.stadtdialog.shared.spam.FormStamps.ATTRIBUTE);
        return stamp instanceof String value ? value : "";
    }

    /** The page's path; on an error page, the path that failed, so the language switch stays there. */
    public String path() {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri ? uri : request.getRequestURI();
    }

    /** aria-current for navigation links. */
    public boolean isCurrent(String prefix) {
        String path = path();
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }

    public String otherLanguage() {
        return "de".equals(lang()) ? "en" : "de";
    }

    public String switchLanguageUrl() {
        return UriComponentsBuilder.fromPath(path())
                .query(request.getQueryString())
                .replaceQueryParam("lang", otherLanguage())
                .build()
                .toUriString();
    }

    public PlatformSettings settings() {
        return settings;
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public boolean hasParam(String name) {
        return request.getParameter(name) != null;
    }
}

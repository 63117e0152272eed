package de.stadtdialog.account.internal;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.ConsentDocuments;

/**
 * When the operator publishes a new version of the terms of use or the privacy notice, people who agreed
 * to an older one are asked again before they go on: every page except their account, the legal pages
 * and logging out leads to the consent page first. Accounts that never gave consent (set up by an
 * administrator) are not asked. Once the current versions are confirmed for a session, the check costs
 * nothing more.
 */
@org.springframework.stereotype.Component
class ConsentCheck implements WebMvcConfigurer, HandlerInterceptor {

    static final String CHECKED = "stadtdialog.consentChecked";
    static final String PAGE = "/konto/zustimmung";
    private static final Set<String> LEGAL_PAGES = Set.of("/impressum", "/datenschutz", "/barrierefreiheit",
            "/netiquette", "/nutzungsbedingungen", "/so-funktionierts");

    private final AccountRepository accounts;
    private final ConsentDocuments documents;

    ConsentCheck(AccountRepository accounts, ConsentDocuments documents) {
        this.accounts = accounts;
        this.documents = documents;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod) || exempt(request.getRequestURI())) {
            return true;
        }
        var user = Accounts.current();
        if (user.isEmpty()) {
            return true;
        }
        String current = documents.termsVersion() + "|" + documents.privacyVersion();
        var session = request.getSession(false);
        if (session != null && current.equals(session.getAttribute(CHECKED))) {
            return true;
        }
        if (outdated(user.get().id())) {
            String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(UriComponentsBuilder.fromPath(PAGE)
                    .queryParam("weiter", "GET".equals(request.getMethod()) ? back : "/").encode().build().toUriString());
            return false;
        }
        if (session != null) {
            session.setAttribute(CHECKED, current);
        }
        return true;
    }

    boolean outdated(long accountId) {
        return accounts.findById(accountId).map(row -> row.termsVersion() != null
                && (!row.termsVersion().equals(documents.termsVersion())
                        || !documents.privacyVersion().equals(row.privacyVersion())))
                .orElse(false);
    }

    private static boolean exempt(String path) {
        return path.startsWith("/konto") || LEGAL_PAGES.contains(path) || path.startsWith("/anmelden")
                || path.startsWith("/abmelden") || path.startsWith("/error");
    }
}

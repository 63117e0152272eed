package de.stadtdialog.account.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.account.ExternalIdentity;

/**
 * What happens when an identity provider has vouched for a person, whatever the protocol: the
 * OpenID Connect login hands its result here as an {@link ExternalIdentity}, and a SAML 2.0 login
 * (BundID) will do the same. A linked identity logs in to its account with the same
 * {@link CurrentUser} principal as the password login; an unknown one waits in the session until
 * the person creates an account or proves with their password which account is theirs.
 */
@Component
class ExternalLogin {

    static final String PENDING = "stadtdialog.externalLogin.pending";
    static final String LINKING = "stadtdialog.externalLogin.linking";
    static final Duration PATIENCE = Duration.ofMinutes(30);

    /** An identity the provider vouched for that is linked to no account yet. */
    record Pending(ExternalIdentity identity, Instant arrivedAt) implements Serializable {
    }

    /** A logged-in person who asked to link a provider to their account, before going there. */
    record Linking(CurrentUser user, String provider, Instant startedAt) implements Serializable {
    }

    private final ExternalLoginService service;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    ExternalLogin(ExternalLoginService service, AccountRepository accounts, Clock clock) {
        this.service = service;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The provider has vouched for this person; the protocol's own authentication is dropped here. */
    void arrived(ExternalIdentity identity, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Linking> linking = take(request, LINKING, Linking.class).filter(
                link -> link.provider().equals(identity.provider()) && fresh(link.startedAt()));
        Optional<CurrentUser> linked = service.linkedUser(identity);
        if (linking.isPresent()) {
            Optional<CurrentUser> stillThere = service.activeUser(linking.get().user().id());
            if (stillThere.isEmpty()) {
                forget(request, response);
                response.sendRedirect("/anmelden");
                return;
            }
            CurrentUser user = stillThere.get();
            boolean mine = linked.map(other -> other.id() == user.id()).orElse(false);
            boolean done = mine || service.link(identity, user.id());
            response.sendRedirect(
                    logIn(user, request, response, done ? "/konto?dienst-verknuepft" : "/konto?dienst-vergeben"));
            return;
        }
        if (linked.isPresent()) {
            response.sendRedirect(logIn(linked.get(), request, response, null));
            return;
        }
        forget(request, response);
        request.getSession().setAttribute(PENDING, new Pending(identity, clock.instant()));
        response.sendRedirect("/anmelden/extern");
    }

    /** The identity waiting for an account, if it arrived recently enough in this session. */
    Optional<ExternalIdentity> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING) instanceof Pending pending) {
            if (fresh(pending.arrivedAt())) {
                return Optional.of(pending.identity());
            }
            session.removeAttribute(PENDING);
        }
        return Optional.empty();
    }

    void dropPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /** Remembers that the logged-in person goes to the provider to link it, not to log in anew. */
    void startLinking(CurrentUser user, String provider, HttpServletRequest request) {
        request.getSession().setAttribute(LINKING, new Linking(user, provider, clock.instant()));
    }

    /**
     * Logs the person in exactly as the password login does: a new session id, a new CSRF token, the
     * same principal.
     *
     * @return where to go on: the page they wanted before logging in, or {@code target}
     */
    String logIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response, String target) {
        dropPending(request);
        SavedRequest wanted = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // like a password login, a login through a provider counts as activity for the retention rules
        accounts.markActive(user.id(), clock.instant());
        if (target != null) {
            return target;
        }
        return wanted == null ? "/" : wanted.getRedirectUrl();
    }

    private void forget(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
    }

    private boolean fresh(Instant since) {
        return since.plus(PATIENCE).isAfter(clock.instant());
    }

    private static <T> Optional<T> take(HttpServletRequest request, String name, Class<T> type) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object value = session.getAttribute(name);
        session.removeAttribute(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
}

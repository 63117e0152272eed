package de.stadtdialog.account.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.account.internal.AccountRepository.AccountRow;
import de.stadtdialog.account.internal.AccountRepository.Status;

/**
 * Checks e-mail (or username) and password. The password is checked before anything else is
 * revealed: an unconfirmed account is reported only to someone who knows its password.
 */
@Component
class LoginAuthenticationProvider implements AuthenticationProvider {

    /**
     * What an unknown login's password is checked against, so that a login without an account takes as
     * long as one with a wrong password. Hashed once, with the parameters {@link SecurityConfig}'s encoder
     * uses for new passwords (a test keeps them in step), instead of at every start: an Argon2 hash costs
     * the start a noticeable part of a second.
     */
    static final String DUMMY_HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$4pr+Au34sNNDumWznjo/3Q$"
            + "/+p9RU/1et8Ut40VUzL4hsZVXJqTIPE4nBHNSOljxP8";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    LoginAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.blocked(login, address)) {
            throw new LockedException("Too many failed attempts");
        }
        Optional<AccountRow> account = accounts.findByLogin(login).filter(row -> row.status() != Status.DELETED);
        String hash = account.map(AccountRow::passwordHash).orElse(null);
        boolean matches = passwordEncoder.matches(password, hash == null ? DUMMY_HASH : hash) && hash != null;
        if (!matches) {
            throttle.failed(login, address);
            throw new BadCredentialsException("Bad credentials");
        }
        AccountRow row = account.get();
        if (row.status() == Status.PENDING) {
            throw new DisabledException("Not confirmed");
        }
        throttle.succeeded(login);
        accounts.markActive(row.id(), java.time.Instant.now());
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.platformAdmin());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

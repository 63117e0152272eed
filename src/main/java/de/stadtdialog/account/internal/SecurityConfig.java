package de.stadtdialog.account.internal;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.DefaultCookieSerializer;

import de.stadtdialog.shared.web.ControlCharacterFilter;
import de.stadtdialog.shared.web.PlatformSettings;

@Configuration
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    static final String LOGIN_FAILURE = "stadtdialog.loginFailure";

    /** Why the last login failed and the name that was entered, shown once on the login page. */
    record LoginFailure(String reason, String login) implements java.io.Serializable {
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginAuthenticationProvider login, PlatformSettings settings,
            ObjectProvider<ClientRegistrationRepository> identityProviders, OidcLoginSuccessHandler oidcLogin)
            throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/anmelden")
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(oidcLogin)
                    .failureHandler((request, response, exception) -> {
                        LOG.info("Login through an identity provider failed: {}", exception.getMessage());
                        response.sendRedirect("/anmelden?extern-fehler");
                    }));
        }
        http.authenticationProvider(login)
                .addFilterBefore(new ControlCharacterFilter(), CsrfFilter.class)
                // one-click unsubscribe (RFC 8058): mail programs post without a session; the secret token is the proof
                .csrf(csrf -> csrf.ignoringRequestMatchers("/e-mails/abbestellen/*", "/newsletter/abbestellen/*"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/konto/bestaetigen", "/konto/email-bestaetigen").permitAll()
                        .requestMatchers("/verwaltung/**", "/konto/**", "/benachrichtigungen/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/anmelden")
                        .loginProcessingUrl("/anmelden")
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) -> {
                            String reason = exception instanceof LockedException ? "throttled"
                                    : exception instanceof DisabledException ? "unconfirmed" : "credentials";
                            request.getSession().setAttribute(LOGIN_FAILURE,
                                    new LoginFailure(reason, request.getParameter("login")));
                            response.sendRedirect("/anmelden?fehler");
                        })
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/abmelden")
                        .logoutSuccessUrl("/?abgemeldet"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(403);
                    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 403);
                    request.getRequestDispatcher("/error").forward(request, response);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("geolocation=(self), camera=(), microphone=(), interest-cohort=()")));
        return http.build();
    }

    /**
     * The login needs the provider's tokens only to learn who the person is; nothing calls the
     * provider on their behalf later, so no token is kept.
     */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
        }
    }

    /**
     * The session cookie, the same whether the platform runs in its embedded server or elsewhere (Spring
     * Boot reads the server.servlet.session.cookie properties only for the embedded server): never
     * readable by script, not sent along with cross-site posts, and Secure whenever the request came over
     * HTTPS (as the reverse proxy reports it in X-Forwarded-Proto), or always when the installation says so.
     */
    @Bean
    DefaultCookieSerializer sessionCookie(@Value("${stadtdialog.secure-cookies:false}") boolean alwaysSecure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (alwaysSecure) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

    /** No inline script or style, nothing from third parties except the map tiles the city chose. */
    static String contentSecurityPolicy(PlatformSettings settings) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
                + settings.tileOrigin() + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}

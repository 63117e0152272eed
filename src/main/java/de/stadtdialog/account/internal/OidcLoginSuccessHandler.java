package de.stadtdialog.account.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.ExternalIdentity;

/** Turns a successful OpenID Connect login into an {@link ExternalIdentity} for {@link ExternalLogin}. */
@Component
class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

    /** Attributes passed on as suggestions; anything else the provider sends is not looked at. */
    private static final List<String> CLAIMS = List.of("name", "given_name", "family_name", "preferred_username");

    private final ExternalLogin externalLogin;

    OidcLoginSuccessHandler(ExternalLogin externalLogin) {
        this.externalLogin = externalLogin;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        externalLogin.arrived(identity(token.getAuthorizedClientRegistrationId(), token.getPrincipal()), request,
                response);
    }

    static ExternalIdentity identity(String provider, OAuth2User user) {
        Map<String, Object> attributes = user.getAttributes();
        Object subject = attributes.getOrDefault("sub", user.getName());
        Object email = attributes.get("email");
        Object verified = attributes.get("email_verified");
        Map<String, String> claims = new LinkedHashMap<>();
        CLAIMS.forEach(claim -> {
            if (attributes.get(claim) != null) {
                claims.put(claim, String.valueOf(attributes.get(claim)));
            }
        });
        return new ExternalIdentity(provider, String.valueOf(subject), email == null ? null : String.valueOf(email),
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)), claims);
    }
}

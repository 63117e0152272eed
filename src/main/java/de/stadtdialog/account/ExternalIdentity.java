package de.stadtdialog.account;

import java.io.Serializable;
import java.util.Map;

/**
 * A person as an external identity provider vouched for them, whatever the protocol (OpenID Connect
 * today, SAML 2.0 next). The account side links and logs in by {@code provider} and {@code subject}
 * only; the e-mail address is a suggestion for a new account, never a key to an existing one.
 *
 * @param provider      the registration id the city configured, e.g. {@code bundid}
 * @param subject       the provider's stable identifier of the person
 * @param email         the address the provider reports, or null
 * @param emailVerified whether the provider says it has verified that address
 * @param claims        further attributes as text, e.g. a suggested name; never stored
 */
public record ExternalIdentity(String provider, String subject, String email, boolean emailVerified,
        Map<String, String> claims) implements Serializable {

    public ExternalIdentity {
        if (provider == null || provider.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An external identity needs a provider and a subject");
        }
        email = email == null || email.isBlank() ? null : email.trim();
        claims = claims == null ? Map.of() : Map.copyOf(claims);
    }

    /** The address to take as confirmed for a new account, if the provider verified it. */
    public boolean hasVerifiedEmail() {
        return email != null && emailVerified;
    }
}

package de.stadtdialog.account.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers configured for this installation; none unless the city sets
 * {@code spring.security.oauth2.client.registration.*}. A SAML provider would join this list with
 * its own start address.
 */
@Component
class LoginProviders {

    static final String OIDC_START = "/oauth2/authorization/";

    private final List<LoginProvider> providers;

    LoginProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<LoginProvider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                String name = registration.getClientName() == null || registration.getClientName().isBlank()
                        || registration.getClientName().equals(registration.getRegistrationId())
                        ? registration.getRegistrationId() : registration.getClientName();
                found.add(new LoginProvider(registration.getRegistrationId(), name,
                        OIDC_START + registration.getRegistrationId()));
            }
        }
        this.providers = List.copyOf(found);
    }

    List<LoginProvider> all() {
        return providers;
    }

    boolean any() {
        return !providers.isEmpty();
    }

    /** The name to show for a stored link, also when the city has since removed the provider. */
    String name(String id) {
        return find(id).map(LoginProvider::name).orElse(id);
    }

    Optional<LoginProvider> find(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }
}

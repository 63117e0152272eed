package oidcprovider;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider (Spring Authorization Server) for the login tests, in a package of its own
 * so that the platform's component scan never finds it. It knows one client and the people the test
 * hands it, and puts their e-mail address and whether it is verified into the ID token.
 */
// the platform's view technology is on the class path too; the provider renders no templates
@SpringBootApplication(proxyBeanMethods = false, excludeName = {
        "gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration",
        "gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration" })
public class TestIdentityProvider {

    public static final String CLIENT_ID = "stadtdialog";
    public static final String CLIENT_SECRET = "geheim-" + UUID.randomUUID();

    /** Someone with an account at the provider. */
    public record Person(String username, String password, String email, boolean emailVerified) {
    }

    private static final String REDIRECT_URI = "test.idp.redirect-uri";

    /** The people this provider knows, handed in by the test that starts it. */
    record People(List<Person> all) {
    }

    /**
     * Starts the provider on a random port on its own embedded database.
     *
     * @param redirectUri the platform's address the provider may send people back to
     */
    public static ConfigurableApplicationContext start(String redirectUri, List<Person> known) {
        People people = new People(List.copyOf(known));
        return new SpringApplicationBuilder(TestIdentityProvider.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("people", people))
                .run(
                "--spring.config.name=test-identity-provider",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                // both servers run on 127.0.0.1, where cookies do not tell ports apart
                "--server.servlet.session.cookie.name=IDP_SESSION",
                "--spring.flyway.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:idp-" + UUID.randomUUID(),
                "--spring.session.jdbc.initialize-schema=always",
                "--" + REDIRECT_URI + "=" + redirectUri);
    }

    public static String issuer(ConfigurableApplicationContext provider) {
        return "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
    }

    @Bean
    RegisteredClientRepository clients(Environment environment) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(environment.getRequiredProperty(REDIRECT_URI))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Bean
    UserDetailsService users(People people) {
        return new InMemoryUserDetailsManager(people.all().stream()
                .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                        .roles("USER").build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken(People people) {
        Map<String, Person> byName = people.all().stream().collect(Collectors.toMap(Person::username, Function.identity()));
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                Person person = byName.get(context.getPrincipal().getName());
                if (person != null && person.email() != null) {
                    context.getClaims().claim("email", person.email());
                    context.getClaims().claim("email_verified", person.emailVerified());
                }
            }
        };
    }
}

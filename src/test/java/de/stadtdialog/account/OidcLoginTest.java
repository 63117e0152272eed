package de.stadtdialog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import de.stadtdialog.StadtdialogApplication;
import de.stadtdialog.account.HttpVisitor.Page;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.browser.PageQuality;
import oidcprovider.TestIdentityProvider;
import oidcprovider.TestIdentityProvider.Person;

/**
 * Login through a real OpenID provider: a Spring Authorization Server and the platform, each on a
 * port of its own, driven over HTTP as a browser would. The platform runs in a context of its own,
 * configured with the provider, so the shared test context stays without one. On H2 it gets its own
 * in-memory database; on PostgreSQL (SPRING_DATASOURCE_URL set) the same database, migrated but not
 * cleaned, so every name here is unique to the run.
 */
class OidcLoginTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "anbieter-passwort-" + RUN;

    private static final Person NEWCOMER = verified("neu");
    private static final Person RETURNING = verified("wieder");
    private static final Person EXISTING = verified("bestand");
    private static final Person ONLY_PROVIDER = verified("einzig");
    private static final Person LINKING = verified("verbindet");
    private static final Person TAKEN = verified("vergeben");
    private static final Person RETURNING_TO_A_PAGE = verified("ziel");
    private static final Person CHECKED = verified("geprueft");
    private static final Person LEAVING = verified("geht");
    private static final Person ENGLISH = verified("english");
    private static final Person UNVERIFIED = new Person("ungeprueft-" + RUN, PASSWORD,
            "ungeprueft-" + RUN + "@example.org", false);

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext platform;
    private static String base;
    private static String issuer;

    @BeforeAll
    static void start() throws IOException {
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        provider = TestIdentityProvider.start(base + "/login/oauth2/code/stadt",
                List.of(NEWCOMER, RETURNING, EXISTING, ONLY_PROVIDER, LINKING, TAKEN, RETURNING_TO_A_PAGE, CHECKED,
                        LEAVING, ENGLISH, UNVERIFIED));
        issuer = TestIdentityProvider.issuer(provider);
        platform = startPlatform(port, issuer);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aNewPersonChoosesAUsernameAndConsentsAndIsThenLoggedIn() throws Exception {
        HttpVisitor visitor = new HttpVisitor();
        Page welcome = loginAtProvider(visitor, NEWCOMER);
        String sessionBefore = visitor.cookie("SESSION").orElseThrow();

        assertThat(welcome.path()).isEqualTo("/anmelden/extern");
        assertThat(welcome.text()).contains("Sie haben sich mit Stadt-Login angemeldet", "Neues Konto anlegen",
                NEWCOMER.email());
        assertThat(loggedInAs(visitor.get(base + "/"))).isEmpty();

        String username = "neu" + RUN;
        Page refused = visitor.submit(welcome, "/anmelden/extern/konto", "username", username);
        assertThat(refused.text()).contains("Bitte stimmen Sie den Nutzungsbedingungen");
        assertThat(loggedInAs(visitor.get(base + "/"))).isEmpty();

        Page landed = visitor.submit(refused, "/anmelden/extern/konto", "username", username, "acceptTerms", "true");
        assertThat(landed.path()).isEqualTo("/");
        assertThat(loggedInAs(landed)).isEqualTo(username);
        assertThat(visitor.cookie("SESSION").orElseThrow()).isNotEqualTo(sessionBefore);

        Page account = visitor.get(base + "/konto");
        assertThat(account.text()).contains("Stadt-Login, verbunden am");
        String data = visitor.get(base + "/konto/daten.json").body();
        assertThat(data).contains("\"email\":\"" + NEWCOMER.email() + "\"", "\"status\":\"ACTIVE\"",
                "\"acceptedTermsVersion\"", "\"provider\":\"stadt\"");
    }

    @Test
    void theSecondLoginGoesStraightIn() throws Exception {
        String username = "wieder" + RUN;
        createAccountThroughProvider(RETURNING, username);

        HttpVisitor laterThatDay = new HttpVisitor();
        Page landed = loginAtProvider(laterThatDay, RETURNING);
        assertThat(landed.path()).isEqualTo("/");
        assertThat(loggedInAs(landed)).isEqualTo(username);
    }

    @Test
    void anAccountWithTheSameVerifiedAddressIsNotTakenOverButCanBeLinkedWithItsPassword() throws Exception {
        String username = "bestand" + RUN;
        platform.getBean(Accounts.class).createConfirmed(username, EXISTING.email(), TestData.PASSWORD, false);

        HttpVisitor visitor = new HttpVisitor();
        Page welcome = loginAtProvider(visitor, EXISTING);
        assertThat(welcome.path()).isEqualTo("/anmelden/extern");
        assertThat(welcome.text()).contains("Zu Ihrer E-Mail-Adresse gibt es hier schon ein Konto")
                .doesNotContain("Neues Konto anlegen");
        assertThat(loggedInAs(visitor.get(base + "/"))).isEmpty();
        assertThat(visitor.get(base + "/konto").path()).isEqualTo("/anmelden");

        Page stillOut = visitor.post(welcome, "/anmelden/extern/konto", "username", "uebernahme" + RUN,
                "acceptTerms", "true");
        assertThat(stillOut.text()).contains("Zu Ihrer E-Mail-Adresse gibt es hier schon ein Konto");
        assertThat(loggedInAs(visitor.get(base + "/"))).isEmpty();

        Page wrong = visitor.submit(stillOut, "/anmelden/extern/verknuepfen", "login", EXISTING.email(), "password",
                "nicht das Passwort");
        assertThat(wrong.text()).contains("Passwort sind nicht richtig");
        assertThat(loggedInAs(visitor.get(base + "/"))).isEmpty();

        Page linked = visitor.submit(wrong, "/anmelden/extern/verknuepfen", "login", EXISTING.email(), "password",
                TestData.PASSWORD);
        assertThat(linked.path()).isEqualTo("/konto");
        assertThat(linked.text()).contains("Ihr Anmeldedienst ist mit Ihrem Konto verbunden",
                "Stadt-Login, verbunden am");
        assertThat(loggedInAs(linked)).isEqualTo(username);

        Page next = loginAtProvider(new HttpVisitor(), EXISTING);
        assertThat(loggedInAs(next)).isEqualTo(username);
    }

    @Test
    void theOnlyWayIntoAnAccountCannotBeUnlinkedButOneBesideAPasswordCan() throws Exception {
        HttpVisitor onlyProvider = createAccountThroughProvider(ONLY_PROVIDER, "einzig" + RUN);
        Page account = onlyProvider.get(base + "/konto");
        assertThat(account.text()).contains("Passwort festlegen").doesNotContain("Aktuelles Passwort");
        Page refused = onlyProvider.submit(account, "/konto/anmeldedienste/trennen");
        assertThat(refused.text()).contains("Diese Verbindung ist Ihr einziger Weg in Ihr Konto",
                "Stadt-Login, verbunden am");

        HttpVisitor withPassword = new HttpVisitor();
        Page linked = loginAtProvider(withPassword, ONLY_PROVIDER);
        Page passwordSet = withPassword.submit(withPassword.get(base + "/konto"), "/konto/passwort", "password",
                "ein langes neues Passwort " + RUN);
        assertThat(passwordSet.text()).contains("Ihr Passwort wurde geändert");
        Page unlinked = withPassword.submit(passwordSet, "/konto/anmeldedienste/trennen");
        assertThat(unlinked.text()).contains("Die Verbindung zum Anmeldedienst ist getrennt")
                .doesNotContain("Stadt-Login, verbunden am");
        assertThat(linked.path()).isEqualTo("/");

        Page again = loginAtProvider(new HttpVisitor(), ONLY_PROVIDER);
        assertThat(again.path()).isEqualTo("/anmelden/extern");
    }

    @Test
    void anAccountWithoutPasswordIsDeletedWithTheConfirmationAloneAndFreesTheLogin() throws Exception {
        HttpVisitor visitor = createAccountThroughProvider(LEAVING, "geht" + RUN);
        Page account = visitor.get(base + "/konto");
        Page unconfirmed = visitor.submit(account, "/konto/loeschen");
        assertThat(unconfirmed.text()).contains("Bitte bestätigen Sie, dass Sie Ihr Konto löschen möchten");

        Page gone = visitor.submit(unconfirmed, "/konto/loeschen", "confirm", "true");
        assertThat(gone.path()).isEqualTo("/");
        assertThat(loggedInAs(gone)).isEmpty();
        createAccountThroughProvider(LEAVING, "wiederda" + RUN);
    }

    @Test
    void anUnverifiedAddressIsNotTakenAsConfirmed() throws Exception {
        HttpVisitor visitor = createAccountThroughProvider(UNVERIFIED, "ungeprueft" + RUN);
        String data = visitor.get(base + "/konto/daten.json").body();
        assertThat(data).contains("\"email\":null").doesNotContain(UNVERIFIED.email());
    }

    @Test
    void aPersonWithAPasswordLinksTheProviderFromTheAccountPage() throws Exception {
        String username = "verbindet" + RUN;
        platform.getBean(Accounts.class).createConfirmed(username, "konto-" + username + "@example.org",
                TestData.PASSWORD, false);
        HttpVisitor visitor = loggedInWithPassword(username);

        Page back = linkFromAccountPage(visitor, LINKING);
        assertThat(back.path()).isEqualTo("/konto");
        assertThat(back.text()).contains("Ihr Anmeldedienst ist mit Ihrem Konto verbunden", "Stadt-Login, verbunden am");
        assertThat(loggedInAs(back)).isEqualTo(username);

        assertThat(loggedInAs(loginAtProvider(new HttpVisitor(), LINKING))).isEqualTo(username);
    }

    @Test
    void anIdentityLinkedToAnotherAccountIsNotMovedToThisOne() throws Exception {
        String owner = "vergeben" + RUN;
        createAccountThroughProvider(TAKEN, owner);
        String other = "anderes" + RUN;
        platform.getBean(Accounts.class).createConfirmed(other, other + "@example.org", TestData.PASSWORD, false);

        Page back = linkFromAccountPage(loggedInWithPassword(other), TAKEN);
        assertThat(back.text()).contains("Diese Anmeldung ist schon mit einem anderen Konto verbunden")
                .doesNotContain("Stadt-Login, verbunden am");
        assertThat(loggedInAs(back)).isEqualTo(other);
        assertThat(loggedInAs(loginAtProvider(new HttpVisitor(), TAKEN))).isEqualTo(owner);
    }

    @Test
    void afterTheProviderThePersonArrivesWhereTheyWantedToGo() throws Exception {
        String username = "ziel" + RUN;
        createAccountThroughProvider(RETURNING_TO_A_PAGE, username);

        HttpVisitor visitor = new HttpVisitor();
        assertThat(visitor.get(base + "/konto/verfolgt").path()).isEqualTo("/anmelden");
        Page landed = loginAtProvider(visitor, RETURNING_TO_A_PAGE);
        assertThat(landed.path()).isEqualTo("/konto/verfolgt");
        assertThat(loggedInAs(landed)).isEqualTo(username);
    }

    @Test
    void theNewPagesAreValidHtml() throws Exception {
        HttpVisitor visitor = new HttpVisitor();
        assertThat(PageQuality.htmlErrors(visitor.get(base + "/anmelden").body())).isEmpty();
        assertThat(PageQuality.htmlErrors(visitor.get(base + "/registrieren").body())).isEmpty();
        Page welcome = loginAtProvider(visitor, CHECKED);
        assertThat(PageQuality.htmlErrors(welcome.body())).isEmpty();
        Page refused = visitor.submit(welcome, "/anmelden/extern/konto", "username", "?");
        assertThat(refused.text()).contains("Bitte stimmen Sie");
        assertThat(PageQuality.htmlErrors(refused.body())).isEmpty();
        Page wrongPassword = visitor.submit(refused, "/anmelden/extern/verknuepfen", "login", "niemand", "password", "x");
        assertThat(PageQuality.htmlErrors(wrongPassword.body())).isEmpty();
        visitor.submit(wrongPassword, "/anmelden/extern/konto", "username", "geprueft" + RUN, "acceptTerms", "true");
        Page account = visitor.get(base + "/konto");
        assertThat(account.text()).contains("Stadt-Login, verbunden am");
        assertThat(PageQuality.htmlErrors(account.body())).isEmpty();
    }

    @Test
    void englishBrowsersGetTheWelcomeAndTheAccountPageInEnglish() throws Exception {
        HttpVisitor visitor = new HttpVisitor().speaking("en");
        assertThat(visitor.get(base + "/anmelden").text()).contains("Log in with Stadt-Login");
        Page welcome = loginAtProvider(visitor, ENGLISH);
        assertThat(welcome.text()).contains("You have logged in with Stadt-Login", "Create a new account",
                "Do you already have an account?");
        visitor.submit(welcome, "/anmelden/extern/konto", "username", "english" + RUN, "acceptTerms", "true");
        assertThat(visitor.get(base + "/konto").text()).contains("Login services", "Stadt-Login, connected on",
                "Set a password");
    }

    @Test
    void theButtonIsALinkToOurOwnAddressThatRedirectsToTheProvider() throws Exception {
        HttpVisitor visitor = new HttpVisitor();
        Page login = visitor.get(base + "/anmelden");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("form-action 'self'");
        Element button = login.html().selectFirst("a[href=/oauth2/authorization/stadt]");
        assertThat(button).isNotNull();
        assertThat(button.text()).isEqualTo("Mit Stadt-Login anmelden");
        assertThat(visitor.get(base + "/registrieren").html().select("a[href=/oauth2/authorization/stadt]"))
                .hasSize(1);

        Page atProvider = visitor.get(button.absUrl("href"));
        assertThat(atProvider.hops().get(0).status()).isEqualTo(302);
        assertThat(atProvider.hops().get(0).location()).startsWith(issuer + "/oauth2/authorize?");
        assertThat(atProvider.uri().toString()).isEqualTo(issuer + "/login");
    }

    /** Goes from the platform's login page to the provider, logs in there and follows it back. */
    private static Page loginAtProvider(HttpVisitor visitor, Person person) throws Exception {
        Page login = visitor.get(base + "/anmelden");
        Element button = login.html().selectFirst("a[href=/oauth2/authorization/stadt]");
        assertThat(button).as("button on the login page").isNotNull();
        Page atProvider = visitor.get(button.absUrl("href"));
        assertThat(atProvider.uri().toString()).startsWith(issuer);
        return visitor.submit(atProvider, "/login", "username", person.username(), "password", person.password());
    }

    private static HttpVisitor loggedInWithPassword(String username) throws Exception {
        HttpVisitor visitor = new HttpVisitor();
        Page home = visitor.submit(visitor.get(base + "/anmelden"), "/anmelden", "login", username, "password",
                TestData.PASSWORD);
        assertThat(loggedInAs(home)).isEqualTo(username);
        return visitor;
    }

    /** From the account page to the provider and back, where the provider asks for this person's login. */
    private static Page linkFromAccountPage(HttpVisitor visitor, Person person) throws Exception {
        Element link = visitor.get(base + "/konto").html().selectFirst("a[href=/konto/anmeldedienste/stadt/verknuepfen]");
        assertThat(link).as("link on the account page").isNotNull();
        assertThat(link.text()).isEqualTo("Mit Stadt-Login verbinden");
        Page atProvider = visitor.get(link.absUrl("href"));
        return visitor.submit(atProvider, "/login", "username", person.username(), "password", person.password());
    }

    private static HttpVisitor createAccountThroughProvider(Person person, String username) throws Exception {
        HttpVisitor visitor = new HttpVisitor();
        Page welcome = loginAtProvider(visitor, person);
        Page landed = visitor.submit(welcome, "/anmelden/extern/konto", "username", username, "acceptTerms", "true");
        assertThat(loggedInAs(landed)).isEqualTo(username);
        return visitor;
    }

    /** The username the page header names, or empty when nobody is logged in. */
    private static String loggedInAs(Page page) {
        Element account = page.html().selectFirst(".user-nav a[href=/konto]");
        return account == null ? "" : account.text().replaceAll(".*\\((.*)\\)$", "$1");
    }

    private static Person verified(String name) {
        return new Person(name + "-" + RUN, PASSWORD, name + "-" + RUN + "@example.org", true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ConfigurableApplicationContext startPlatform(int port, String issuer) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--spring.security.oauth2.client.registration.stadt.client-id=" + TestIdentityProvider.CLIENT_ID,
                "--spring.security.oauth2.client.registration.stadt.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                "--spring.security.oauth2.client.registration.stadt.client-name=Stadt-Login",
                "--spring.security.oauth2.client.registration.stadt.scope=openid,email",
                "--spring.security.oauth2.client.provider.stadt.issuer-uri=" + issuer));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            args.add("--spring.datasource.url=jdbc:h2:mem:oidc-login-" + RUN
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(StadtdialogApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("mainTreeOnly", new MainTreeOnly()))
                .run(args.toArray(String[]::new));
    }

    /**
     * Outside a Spring test context nothing keeps the test tree's configurations (the shared test
     * infrastructure, which cleans the database) out of the platform's component scan; this does.
     */
    static final class MainTreeOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainTreeOnly;
        }

        @Override
        public int hashCode() {
            return MainTreeOnly.class.hashCode();
        }
    }
}

package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

/** Sessions that cannot be planted or stolen by script, and no state change without a CSRF token. */
@IntegrationTest
class SessionAndCsrfTest {

    /**
     * The only state-changing routes without a CSRF token: one-click unsubscribe (RFC 8058), posted
     * by mail programs without a session; the secret token in the URL is the proof.
     */
    private static final Set<String> WITHOUT_CSRF = Set.of("/e-mails/abbestellen/{token}",
            "/newsletter/abbestellen/{token}");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyStateChangingRouteRefusesARequestWithoutCsrfToken() throws Exception {
        TestAccount admin = data.admin();
        List<String> open = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (WITHOUT_CSRF.contains(pattern)) {
                        continue;
                    }
                    String url = example(pattern);
                    try {
                        for (var as : List.of(admin.login(), (org.springframework.test.web.servlet.request.RequestPostProcessor) r -> r)) {
                            int status = mvc.perform(request(HttpMethod.valueOf(verb.name()), url).with(as)
                                    .param("title", "Ohne Token")).andReturn().getResponse().getStatus();
                            if (status != 403) {
                                open.add(verb + " " + pattern + " -> " + status);
                            }
                        }
                    } catch (Exception e) {
                        open.add(verb + " " + pattern + " -> " + e);
                    }
                    checked.add(verb + " " + pattern);
                }
            }
        });
        for (String filterRoute : List.of("/anmelden", "/abmelden")) {
            int status = mvc.perform(post(filterRoute).param("login", admin.email()).param("password",
                    TestData.PASSWORD)).andReturn().getResponse().getStatus();
            assertThat(status).as("POST %s without token", filterRoute).isEqualTo(403);
        }
        assertThat(checked).hasSizeGreaterThan(80);
        assertThat(open).as("state-changing routes that accept a request without CSRF token").isEmpty();
    }

    @Test
    void theUnsubscribeLinksWorkWithoutTokenButOnlyWithTheSecret() throws Exception {
        for (String pattern : WITHOUT_CSRF) {
            int status = mvc.perform(post(pattern.replace("{token}", "erraten"))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(pattern).isEqualTo(404);
        }
    }

    @Test
    void loggingInGivesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
        TestAccount account = data.account();
        MvcResult form = mvc.perform(get("/anmelden")).andReturn();
        Cookie before = form.getResponse().getCookie("SESSION");
        assertThat(before).as("the login form starts a session for its CSRF token").isNotNull();
        String token = csrfToken(form);

        MvcResult login = mvc.perform(post("/anmelden").cookie(before).param("_csrf", token)
                .param("login", account.email()).param("password", TestData.PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie after = login.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());

        assertThat(mvc.perform(get("/konto").cookie(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/konto").cookie(before)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/anmelden")).andReturn().getResponse();
        String header = plain.getHeader("Set-Cookie");
        assertThat(header).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        MockHttpServletResponse secure = mvc.perform(get("/anmelden").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Set-Cookie")).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax",
                "Secure");
    }

    @Test
    void theLanguageCookieIsHttpOnlyToo() throws Exception {
        String header = mvc.perform(get("/?lang=en")).andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(header).startsWith("stadtdialog-lang=en").contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void readingAPageStartsNoSession() throws Exception {
        for (String url : List.of("/", "/projekte", "/vorhaben", "/veranstaltungen", "/impressum")) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getHeader("Set-Cookie")).as(url).isNull();
        }
    }

    @Test
    void loginFailsTheSameForUnknownAddressesAndWrongPasswords() throws Exception {
        TestAccount account = data.account();
        String known = loginFailure(account.email(), "falsches-passwort-123");
        String unknown = loginFailure("niemand-" + TestData.unique("x") + "@example.org", "falsches-passwort-123");
        assertThat(known.replace(account.email(), "LOGIN")).isEqualTo(unknown.replaceAll("niemand-[^\"<]*", "LOGIN"));
        assertThat(known).contains("id=\"login\"");
    }

    @Test
    void registrationAndForgottenPasswordAnswerTheSameForKnownAndUnknownAddresses() throws Exception {
        TestAccount account = data.account();
        String unknownEmail = TestData.unique("neu") + "@example.org";

        String knownReset = body(new Browser(mvc).post("/passwort-vergessen", "email", account.email()));
        String unknownReset = body(new Browser(mvc).post("/passwort-vergessen", "email", unknownEmail));
        assertThat(withoutEchoAndToken(knownReset, account.email()))
                .isEqualTo(withoutEchoAndToken(unknownReset, unknownEmail));

        String knownRegistration = body(new Browser(mvc).post("/registrieren", "username", TestData.unique("neu"),
                "email", account.email(), "password", "ein-langes-Passwort-77", "acceptTerms", "true"));
        String newName = TestData.unique("neu");
        String unknownRegistration = body(new Browser(mvc).post("/registrieren", "username", newName, "email",
                unknownEmail, "password", "ein-langes-Passwort-77", "acceptTerms", "true"));
        assertThat(withoutEchoAndToken(knownRegistration, account.email()))
                .isEqualTo(withoutEchoAndToken(unknownRegistration, unknownEmail));
    }

    private String loginFailure(String login, String password) throws Exception {
        Browser browser = new Browser(mvc).from(TestData.unique("198.51.100."));
        MvcResult result = browser.login(login, password);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/anmelden?fehler");
        return withoutEchoAndToken(body(browser.get("/anmelden?fehler")), login);
    }

    private static String withoutEchoAndToken(String page, String echoed) {
        return page.replace(echoed, "ECHO").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
    }

    private static String body(MvcResult result) throws Exception {
        return Browser.body(result);
    }

    private static String csrfToken(MvcResult result) throws Exception {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body(result));
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** A URL matching the pattern: numbers for ids, the first choice of a restricted variable. */
    private static String example(String pattern) {
        Matcher choice = Pattern.compile("\\{\\w+:([\\w-]+)(\\|[^}]*)?}").matcher(pattern);
        String url = choice.replaceAll("$1");
        return url.replaceAll("\\{\\w+(:[^}]*)?}", "1");
    }
}

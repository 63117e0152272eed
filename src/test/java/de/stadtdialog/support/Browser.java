package de.stadtdialog.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A person's browser over MockMvc: keeps cookies (the database-backed session) between requests,
 * so flows like register, confirm, log in and download run as they would for a citizen.
 */
public class Browser {

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();
    /** The key of the test profile ({@code stadtdialog.spam.secret}), to sign form stamps like the page would. */
    private static final byte[] STAMP_KEY = "test-secret-for-form-stamps".getBytes(StandardCharsets.UTF_8);

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    /** Each browser has an address of its own, so that limits per address do not add up across tests. */
    private String remoteAddress = "198.51." + ADDRESSES.incrementAndGet() / 250 % 250 + "." + ADDRESSES.get() % 250;

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A fresh browser, from an address of its own, logged in with the test password. */
    public static Browser loggedIn(MockMvc mvc, TestData.TestAccount account) throws Exception {
        Browser browser = new Browser(mvc).from(TestData.unique("192.0.2."));
        browser.login(account.email(), TestData.PASSWORD);
        return browser;
    }

    /** Requests come from this address, which login throttling counts separately. */
    public Browser from(String address) {
        this.remoteAddress = address;
        return this;
    }

    public MvcResult get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    /**
     * Posts a form the way a browser that loaded the page a minute ago would, with the CSRF token and
     * the signed time the form was shown (unless the test passes its own {@code formStarted}).
     */
    public MvcResult post(String url, String... nameValuePairs) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
        stamp(request, nameValuePairs);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return perform(request);
    }

    /** Sends a form with a file, as a multipart request. */
    public MvcResult upload(String url, MockMultipartFile file, String... nameValuePairs) throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(url).file(file);
        request.with(csrf());
        stamp(request, nameValuePairs);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return perform(request);
    }

    /** A valid stamp of a form shown a minute ago. */
    public static String formStamp() {
        return formStamp(java.time.Instant.now().minusSeconds(60));
    }

    /** The stamp of a form shown at the given time. */
    public static String formStamp(java.time.Instant shown) {
        return de.stadtdialog.shared.spam.FormStamps.sign(STAMP_KEY, shown);
    }

    private static void stamp(AbstractMockHttpServletRequestBuilder<?> request, String... nameValuePairs) {
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            if ("formStarted".equals(nameValuePairs[i])) {
                return;
            }
        }
        request.param("formStarted", formStamp());
    }

    public MvcResult login(String login, String password) throws Exception {
        return post("/anmelden", "login", login, "password", password);
    }

    /** The page as the browser shows it. */
    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public boolean hasSession() {
        return cookies.containsKey("SESSION");
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(remoteAddress);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}

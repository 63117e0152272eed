package de.stadtdialog.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** STADTDIALOG_SECURE_COOKIES=true makes the session cookie Secure even where the proxy does not report HTTPS. */
class SessionCookieTest {

    @Test
    void secureCookiesSettingMarksTheCookieSecureAlsoOnPlainRequests() {
        assertThat(cookie(new SecurityConfig().sessionCookie(true), false)).contains("Secure", "HttpOnly",
                "SameSite=Lax");
    }

    @Test
    void withoutTheSettingTheCookieIsSecureExactlyWhenTheRequestIs() {
        DefaultCookieSerializer serializer = new SecurityConfig().sessionCookie(false);
        assertThat(cookie(serializer, false)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(cookie(serializer, true)).contains("Secure");
    }

    private static String cookie(DefaultCookieSerializer serializer, boolean https) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }
}

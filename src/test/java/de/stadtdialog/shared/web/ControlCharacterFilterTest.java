package de.stadtdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Parameters reach the application without control characters, and unreadable ones end in a 4xx page. */
class ControlCharacterFilterTest {

    @Test
    void controlCharactersAreRemovedFromNamesAndValuesButLineBreaksStay() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/registrieren");
        request.addParameter("user\u0000name", "a\u0000b\u0007c\u001b[31m");
        request.addParameter("text", "Zeile eins\r\nZeile\tzwei");
        MockFilterChain chain = new MockFilterChain();

        new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(), chain);

        ServletRequest seen = chain.getRequest();
        assertThat(seen.getParameter("username")).isEqualTo("abc[31m");
        assertThat(seen.getParameterValues("text")).containsExactly("Zeile eins\r\nZeile\tzwei");
        assertThat(seen.getParameterMap()).containsOnlyKeys("username", "text");
    }

    @Test
    void aBodyTomcatCannotParseIsABadRequestAndTheErrorPageSeesNoParameters() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new ControlCharacterFilter().doFilter(unreadable(DispatcherType.REQUEST, 0), response, chain);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).as("the application never sees the request").isNull();

        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        new ControlCharacterFilter().doFilter(unreadable(DispatcherType.REQUEST, 413), tooLarge, new MockFilterChain());
        assertThat(tooLarge.getStatus()).isEqualTo(413);

        MockFilterChain errorPage = new MockFilterChain();
        new ControlCharacterFilter().doFilter(unreadable(DispatcherType.ERROR, 0), new MockHttpServletResponse(),
                errorPage);
        assertThat(errorPage.getRequest().getParameter("lang")).isNull();
    }

    /** A request like Tomcat's after a failed parse: every read of its parameters fails again. */
    private static MockHttpServletRequest unreadable(DispatcherType type, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/verwaltung/projekte/neu") {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new InvalidParameterException("Stream ended unexpectedly", status);
            }
        };
        request.setDispatcherType(type);
        return request;
    }
}

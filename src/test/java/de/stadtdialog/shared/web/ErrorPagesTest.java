package de.stadtdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import de.stadtdialog.support.IntegrationTest;

/** Failures MockMvc cannot provoke (Tomcat parses multipart bodies) still end on a page in the reader's language. */
@IntegrationTest
class ErrorPagesTest {

    @Autowired
    ErrorPages pages;

    @Test
    void aBrokenMultipartBodyIsABadRequestAndATooLargeOneIsNamedAsSuch() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/verwaltung/projekte/neu");
        request.addPreferredLocale(Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        var broken = pages.brokenForm(request, response);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ErrorPage) broken.getModel().get("page")).title()).isEqualTo("This request is not valid");

        MockHttpServletResponse large = new MockHttpServletResponse();
        pages.tooLarge(request, large);
        assertThat(large.getStatus()).isEqualTo(413);
    }
}

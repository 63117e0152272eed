package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;

/**
 * Tomcat's limits on a request, which MockMvc does not apply, leave room for the largest form a city
 * sends: the project form is multipart and sends a part per field and per ticked topic and district.
 */
@IntegrationTest
class RequestLimitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Environment environment;

    @Test
    void theProjectFormFitsTomcatsPartLimitWithAHundredTopicsAndDistrictsTicked() throws Exception {
        var organisation = data.organisation();
        String form = mvc.perform(get("/verwaltung/projekte/neu")
                .with(data.member(organisation, OrgRole.INITIATOR).login())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher names = Pattern.compile("<(input|textarea|select)[^>]*\\sname=\"([^\"]+)\"").matcher(form);
        int fields = 0;
        while (names.find()) {
            String name = names.group(2);
            if (!name.equals("topicIds") && !name.equals("districtIds") && !name.equals("login")) {
                fields++;
            }
        }
        assertThat(fields).as("fields of the project form").isGreaterThan(15);
        int limit = environment.getProperty("server.tomcat.max-part-count", Integer.class, 50);
        assertThat(limit).isGreaterThanOrEqualTo(fields + 100);
        assertThat(environment.getProperty("server.tomcat.max-parameter-count", Integer.class, 1000))
                .as("a flood of parameters is still cut off").isLessThanOrEqualTo(10_000);
    }
}

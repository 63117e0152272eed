package de.stadtdialog.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.IntegrationTest;

/** What a load balancer and a monitoring system ask of every node. */
@IntegrationTest
class HealthAndMetricsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aNodeWithItsDatabaseIsLiveAndReadyAndSaysNothingMore() throws Exception {
        for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
            MvcResult result = mvc.perform(get(probe)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(result.getResponse().getHeader("Set-Cookie")).as(probe).isNull();
        }
    }

    @Test
    void metricsInPrometheusFormatCountServedPagesAndTheDatabasePool() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());

        String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(metrics).contains("# TYPE http_server_requests_seconds", "uri=\"/\"", "hikaricp_connections_active",
                "jvm_memory_used_bytes");
    }
}

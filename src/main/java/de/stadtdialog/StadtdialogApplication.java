package de.stadtdialog;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StadtdialogApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(StadtdialogApplication.class);
        // Health and metrics answer on their own port, reachable only from this machine unless the
        // operator opens them to the load balancer. A default here rather than in application.properties,
        // because tests serve them on the application's port, where an address cannot be set.
        application.setDefaultProperties(Map.of("management.server.address", "${STADTDIALOG_MANAGEMENT_ADDRESS:127.0.0.1}"));
        application.run(args);
    }
}

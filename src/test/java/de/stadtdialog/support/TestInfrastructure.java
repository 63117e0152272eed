package de.stadtdialog.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    /** A real SMTP server on a free port; the application sends to it like to any other. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    DynamicPropertyRegistrar mailProperties(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
            registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        };
    }

    /** Every test run starts from an empty schema, also on a PostgreSQL database kept between runs. */
    @Bean
    FlywayMigrationStrategy cleanMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /** Counts the statements a request prepares; see {@link QueryCounter}. */
    @Bean
    static QueryCounter queryCounter() {
        return new QueryCounter();
    }

    @Bean
    TestData testData(org.springframework.context.ApplicationContext context) {
        return new TestData(context);
    }

    @Bean
    Mailbox mailbox(GreenMail greenMail) {
        return new Mailbox(greenMail);
    }
}

package de.stadtdialog.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform as a newcomer starts it: the demo profile on its own empty embedded database, with
 * a first administrator named in the configuration, served on a real port for the browser. The spam
 * guard's minimum fill time and limit per address are off, since the browser is a robot. All
 * classes with this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:stadtdialog-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "stadtdialog.admin-email=" + DemoCityTest.FIRST_ADMIN,
        // a browser driven by a test fills forms faster than people, all from one address
        "stadtdialog.spam.min-fill-time=PT0S", "stadtdialog.spam.per-address=100000",
        "stadtdialog.spam.per-account=100000" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(TestInfrastructure.class)
public @interface DemoCityTest {

    String FIRST_ADMIN = "chefin@stadt.example";
}

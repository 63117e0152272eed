package de.stadtdialog.idea;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

/** Idea collections for tests: initiators, categories, ideas sent through the pages, and many people at once. */
@Component
public class IdeaFixture {

    private final JdbcClient jdbc;
    private final TestData data;
    private final MockMvc mvc;
    private final Ideas ideas;

    IdeaFixture(JdbcClient jdbc, TestData data, MockMvc mvc, Ideas ideas) {
        this.jdbc = jdbc;
        this.data = data;
        this.mvc = mvc;
        this.ideas = ideas;
    }

    public TestProject collecting() {
        TestProject project = data.project(data.organisation()).area(TestData.DOWNTOWN)
                .ideaPhase("Ideen sammeln", "collect", -2, 10).create();
        ideas.setUp(project.id(), List.of(), List.of());
        return project;
    }

    public String setupUrl(TestProject project) {
        return "/verwaltung/phasen/" + project.phaseIds().get(0) + "/ideen";
    }

    public Browser initiatorOf(TestProject project) throws Exception {
        long organisation = jdbc.sql("select organisation_id from project where id = ?").param(project.id())
                .query(Long.class).single();
        TestAccount account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation, account.id()).update();
        return Browser.loggedIn(mvc, account);
    }

    public long category(TestProject project) {
        return jdbc.sql("select min(id) from idea_category where project_id = ?").param(project.id())
                .query(Long.class).single();
    }

    public long idea(TestProject project, TestAccount author, String title) {
        return ideas.add(project.id(), author.id(), title, "Beschreibung von " + title, "Allgemein", 49.444, 7.77,
                null);
    }

    /**
     * Accounts written straight into the table, without password hashing, for tests that need
     * hundreds of people.
     */
    public List<Long> people(int count) {
        List<Long> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String name = TestData.unique("p");
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into account (username, username_key, email, email_key, status, created_at) "
                    + "values (?, ?, ?, ?, 'ACTIVE', ?)").params(name, name, name + "@example.org",
                            name + "@example.org", now)
                    .update(keys, "id");
            ids.add(keys.getKey().longValue());
        }
        return ids;
    }

    public int column(long ideaId, String column) {
        return jdbc.sql("select " + column + " from idea where id = ?").param(ideaId).query(Integer.class).single();
    }
}

package de.stadtdialog.idea;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class IdeaRatingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupportCountsOnceAndCanBeTakenBack() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Mehr Bänke");
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String url = project.ideas() + "/" + idea;

        citizen.post(url + "/bewertung", "wert", "1");
        String twice = citizen.post(url + "/bewertung", "wert", "1").getResponse().getRedirectedUrl();

        assertThat(twice).contains("hinweis=bereits");
        assertThat(body(citizen.get(twice))).contains("es zählt nur einmal", "1 Person unterstützt diese Idee",
                "Unterstützung zurücknehmen");
        assertThat(ideas.column(idea, "supports")).isEqualTo(1);
        citizen.post(url + "/bewertung", "wert", "0");
        assertThat(ideas.column(idea, "supports")).isZero();
        assertThat(body(citizen.get(url))).contains("Noch keine Unterstützung", "Ich unterstütze diese Idee");
    }

    @Test
    void aThousandPeopleSupportingAtTheSameMomentAreCountedExactly() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Beliebte Idee");
        List<Long> people = ideas.people(1000);
        String url = project.ideas() + "/" + idea + "/bewertung";
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            CurrentUser person = new CurrentUser(people.get(i), "p" + i, false);
            int times = i < 100 ? 2 : 1; // a hundred people double-click
            for (int t = 0; t < times; t++) {
                clicks.add(() -> mvc.perform(post(url).param("wert", "1").with(csrf()).with(user(person)))
                        .andReturn().getResponse().getStatus());
            }
        }
        java.util.Collections.shuffle(clicks, new java.util.Random(7));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(clicks)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).hasSize(1100).allMatch(status -> status == 302);
        assertThat(ideas.column(idea, "supports")).isEqualTo(1000);
        assertThat(jdbc.sql("select count(*) from idea_rating where idea_id = ?").param(idea).query(Long.class)
                .single()).isEqualTo(1000);
        assertThat(body(new Browser(mvc).get(project.ideas() + "/" + idea)))
                .contains("1.000 Personen unterstützen diese Idee");
    }

    @Test
    void withThumbsAPersonMovesFromForToAgainst() throws Exception {
        TestProject project = ideas.collecting();
        ideas.initiatorOf(project).post(ideas.setupUrl(project) + "/einstellungen", "locationMode", "OPTIONAL",
                "maxLength", "2000", "ratingMode", "THUMBS", "editMinutes", "60");
        long idea = ideas.idea(project, data.account(), "Umstritten");
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String url = project.ideas() + "/" + idea;

        citizen.post(url + "/bewertung", "wert", "1");
        citizen.post(url + "/bewertung", "wert", "-1");

        assertThat(ideas.column(idea, "supports")).isZero();
        assertThat(ideas.column(idea, "opposes")).isEqualTo(1);
        assertThat(body(citizen.get(url))).contains("0 dafür, 1 dagegen");
    }

    @Test
    void inAVotePhaseOnlyAdmittedIdeasGetVotesAndThePersonalLimitHolds() throws Exception {
        TestProject project = data.project(data.organisation()).area(TestData.DOWNTOWN)
                .ideaPhase("Abstimmung", "vote", -1, 5).create();
        var author = data.account();
        new Browser(mvc).get(project.ideas());
        long first = ideas.idea(project, author, "Erste");
        long second = ideas.idea(project, author, "Zweite");
        long notAdmitted = ideas.idea(project, author, "Nicht zugelassen");
        Browser initiator = ideas.initiatorOf(project);
        initiator.post(ideas.setupUrl(project) + "/einstellungen", "locationMode", "OPTIONAL", "maxLength", "2000",
                "ratingMode", "SUPPORT", "editMinutes", "60", "voteLimit", "1");
        long status = jdbc.sql("select min(id) from idea_status where project_id = ?").param(project.id())
                .query(Long.class).single();
        for (long idea : List.of(first, second)) {
            initiator.post(ideas.setupUrl(project) + "/" + idea, "statusId", String.valueOf(status), "admitted",
                    "true");
        }
        Browser voter = Browser.loggedIn(mvc, data.account());

        String refused = voter.post(project.ideas() + "/" + notAdmitted + "/stimme", "geben", "true").getResponse()
                .getRedirectedUrl();
        voter.post(project.ideas() + "/" + first + "/stimme", "geben", "true");
        String overLimit = voter.post(project.ideas() + "/" + second + "/stimme", "geben", "true").getResponse()
                .getRedirectedUrl();
        assertThat(refused).contains("hinweis=nicht-zugelassen");
        assertThat(overLimit).contains("hinweis=limit");
        assertThat(body(voter.get(overLimit))).contains("bereits alle Ihre Stimmen vergeben");
        assertThat(ideas.column(first, "votes")).isEqualTo(1);
        assertThat(ideas.column(second, "votes")).isZero();
        assertThat(Browser.loggedIn(mvc, data.account()).post(project.ideas() + "/" + first + "/bewertung", "wert",
                "1").getResponse().getStatus()).as("supporting is closed in a vote phase").isEqualTo(403);
    }
}

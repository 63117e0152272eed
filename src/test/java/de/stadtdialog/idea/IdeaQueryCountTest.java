package de.stadtdialog.idea;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.QueryCounter;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

/** A page lists 20 ideas or 20 comment threads with as many queries as it lists 2. */
@IntegrationTest
class IdeaQueryCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    Ideas api;

    @Test
    void theIdeaListCostsTheSameQueriesForTwoAndForTwentyIdeas() throws Exception {
        TestProject few = withIdeas(2);
        TestProject many = withIdeas(25);
        Browser reader = Browser.loggedIn(mvc, data.account());
        reader.get(few.ideas());
        reader.get(many.ideas());

        int forFew = QueryCounter.count(() -> reader.get(few.ideas()));
        int forMany = QueryCounter.count(() -> reader.get(many.ideas()));

        assertThat(forFew).as("statements are counted").isPositive();
        assertThat(forMany).isEqualTo(forFew);
    }

    @Test
    void theIdeaPageCostsTheSameQueriesForTwoAndForTwentyThreadsWithReplies() throws Exception {
        TestProject project = ideas.collecting();
        TestAccount author = data.account();
        long quiet = ideas.idea(project, author, "Ruhig");
        long busy = ideas.idea(project, author, "Belebt");
        for (int i = 0; i < 2; i++) {
            api.comment(quiet, api.comment(quiet, null, data.account().id(), "Kurz " + i), author.id(), "Ja");
        }
        for (int i = 0; i < 25; i++) {
            api.comment(busy, api.comment(busy, null, data.account().id(), "Lang " + i), author.id(), "Ja");
        }
        Browser reader = Browser.loggedIn(mvc, data.account());
        reader.get(project.ideas() + "/" + quiet);

        int forFew = QueryCounter.count(() -> reader.get(project.ideas() + "/" + quiet));
        int forMany = QueryCounter.count(() -> reader.get(project.ideas() + "/" + busy));

        assertThat(forFew).as("statements are counted").isPositive();
        assertThat(forMany).isEqualTo(forFew);
    }

    private TestProject withIdeas(int count) {
        TestProject project = ideas.collecting();
        for (int i = 0; i < count; i++) {
            ideas.idea(project, data.account(), "Idee " + i);
        }
        return project;
    }
}

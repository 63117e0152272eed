package de.stadtdialog.idea;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class CommentThreadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    Ideas api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void repliesNestThreeLevelsDeepAndTellThePersonAnswered() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Radweg");
        String url = project.ideas() + "/" + idea;
        TestAccount anna = data.account();
        Browser annasBrowser = Browser.loggedIn(mvc, anna);
        Browser ben = Browser.loggedIn(mvc, data.account());

        String first = annasBrowser.post(url + "/kommentare", "body", "Gute Idee!").getResponse().getRedirectedUrl();
        long firstId = Long.parseLong(first.replaceAll(".*#kommentar-", ""));
        long second = api.comment(idea, firstId, data.account().id(), "Finde ich auch.");
        long third = api.comment(idea, second, data.account().id(), "Dritte Ebene.");
        ben.post(url + "/kommentare", "body", "Antwort an Anna", "parentId", String.valueOf(firstId));
        ben.post(url + "/kommentare", "body", "Vierte Ebene?", "parentId", String.valueOf(third));

        assertThat(jdbc.sql("select body, depth from idea_comment where idea_id = ? order by id").param(idea)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getInt(2)).list())
                .containsExactly("Gute Idee!:0", "Finde ich auch.:1", "Dritte Ebene.:2", "Antwort an Anna:1",
                        "Vierte Ebene?:2");
        String inbox = body(annasBrowser.get("/benachrichtigungen"));
        assertThat(inbox).contains("Neue Antwort auf Ihren Kommentar zu „Radweg“", url + "#kommentar-");
        assertThat(body(annasBrowser.get("/"))).contains("Benachrichtigungen <span class=\"counter\">2");
        assertThat(body(new Browser(mvc).get(url))).contains("5 Kommentare", "Dritte Ebene.", "Vierte Ebene?");
    }

    @Test
    void longDiscussionsComeInPagesOfTwentyThreadsWithLoadMore() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Viel diskutiert");
        long author = data.account().id();
        for (int i = 1; i <= 45; i++) {
            long thread = api.comment(idea, null, author, "Beitrag Nummer " + i + ".");
            if (i == 45) {
                api.comment(idea, thread, author, "Antwort auf den neuesten.");
            }
        }
        String url = project.ideas() + "/" + idea;

        String first = body(new Browser(mvc).get(url));
        String second = body(new Browser(mvc).get(url + "/kommentare?sortierung=neueste&seite=2"));
        String third = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(url + "/kommentare?sortierung=neueste&seite=3").header("HX-Request", "true")).andReturn());

        assertThat(first).contains("46 Kommentare", "Beitrag Nummer 45.", "Antwort auf den neuesten.",
                "Beitrag Nummer 26.", "Weitere Kommentare laden", url + "/kommentare?sortierung=neueste&amp;seite=2")
                .doesNotContain("Beitrag Nummer 25.");
        assertThat(second).contains("Beitrag Nummer 25.", "Beitrag Nummer 6.").doesNotContain("Beitrag Nummer 5.");
        assertThat(third).as("the fragment htmx appends").doesNotContain("<html").contains("Beitrag Nummer 1.")
                .doesNotContain("Weitere Kommentare laden");
    }

    @Test
    void bestRatedCommentsComeFirstWhenAsked() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Bewertet");
        long author = data.account().id();
        api.comment(idea, null, author, "Mittelmäßig.");
        long good = api.comment(idea, null, author, "Sehr hilfreich.");
        api.comment(idea, null, author, "Neuester.");
        String url = project.ideas() + "/" + idea;
        Browser reader = Browser.loggedIn(mvc, data.account());

        reader.post(url + "/kommentare/" + good + "/bewertung", "wert", "1");
        String best = body(reader.get(url + "?kommentare=beste"));

        assertThat(best.indexOf("Sehr hilfreich.")).isLessThan(best.indexOf("Neuester."));
        assertThat(best).contains("1 hilfreich · 0 nicht hilfreich");
    }

    @Test
    void markupInACommentIsRefusedAndTheTextStaysInTheField() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Sicher");
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(project.ideas() + "/" + idea + "/kommentare", "body",
                "Schaut hier <a href=\"http://spam.example\">klick</a>"));

        assertThat(page).contains("ohne HTML-Tags", "Schaut hier &lt;a href=");
        assertThat(jdbc.sql("select count(*) from idea_comment where idea_id = ?").param(idea).query(Long.class)
                .single()).isZero();
    }
}

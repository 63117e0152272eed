package de.stadtdialog.question;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.FormatReport;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class QuestionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Questions questions;
    @Autowired
    FormatRegistry formats;

    private TestOrganisation organisation;
    private TestAccount initiator;

    private TestProject project(String kind, Requirement requirement) {
        organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        return data.project(organisation).questionPhase("Fragen an die Stadtplanung", kind, -1, 10, requirement)
                .create();
    }

    private TestProject collecting() {
        return project("collect", Requirement.ACCOUNT);
    }

    private long phase(TestProject project) {
        return project.phaseIds().get(0);
    }

    @Test
    void aCitizenAsksAndTheQuestionIsListedWithTheirName() throws Exception {
        TestProject project = collecting();
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        MvcResult result = browser.post(project.questions(), "body", "Wann wird der Stiftsplatz umgebaut?");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(project.questions() + "?hinweis=gefragt");

        assertThat(body(new Browser(mvc).get(project.questions()))).contains("Wann wird der Stiftsplatz umgebaut?",
                citizen.username(), "Noch nicht beantwortet", "1 Frage");
    }

    @Test
    void anEmptyQuestionIsRefusedNextToTheField() throws Exception {
        TestProject project = collecting();
        String page = body(Browser.loggedIn(mvc, data.account()).post(project.questions(), "body", "  "));
        assertThat(page).contains("id=\"body-error\"", "Bitte schreiben Sie Ihre Frage.", "aria-invalid=\"true\"");
    }

    @Test
    void visitorsWithoutAccountCannotAskWhereThePhaseAsksForOne() throws Exception {
        TestProject project = collecting();
        assertThat(new Browser(mvc).post(project.questions(), "body", "Darf ich?").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aGuestQuestionWaitsForTheModerators() throws Exception {
        TestProject project = project("collect", Requirement.GUEST);
        new Browser(mvc).post(project.questions(), "body", "Gibt es dort bald Bänke?");
        assertThat(body(new Browser(mvc).get(project.questions()))).doesNotContain("Gibt es dort bald Bänke?");
        Browser moderator = Browser.loggedIn(mvc, initiator);
        String admin = body(moderator.get("/verwaltung/phasen/" + phase(project) + "/fragen"));
        assertThat(admin).contains("Gibt es dort bald Bänke?", "Wartet auf Freigabe");
        long id = Long.parseLong(admin.replaceAll("(?s).*id=\"frage-(\\d+)\".*", "$1"));

        moderator.post("/verwaltung/phasen/" + phase(project) + "/fragen/" + id + "/freigeben");
        assertThat(body(new Browser(mvc).get(project.questions()))).contains("Gibt es dort bald Bänke?");
    }

    @Test
    void citizenMarksAQuestionRelevantOnceAndTheCountIsExact() throws Exception {
        TestProject project = collecting();
        long id = questions.ask(phase(project), data.account().id(), "Wer zahlt die neuen Bäume?", null);
        questions.markRelevant(id, data.account().id());
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);

        browser.post(project.questions() + "/" + id + "/relevant");
        assertThat(body(browser.get(project.questions() + "/" + id))).contains("2 Personen finden diese Frage relevant",
                "Nicht mehr relevant");
        browser.post(project.questions() + "/" + id + "/relevant");
        assertThat(body(browser.get(project.questions() + "/" + id))).contains("1 Person findet diese Frage relevant");

        assertThat(questions.markRelevant(id, citizen.id())).isTrue();
        assertThat(questions.markRelevant(id, citizen.id())).isFalse();
        assertThat(formats.get("question").statistics(phase(project)).get(2).value()).isEqualTo(2);
    }

    @Test
    void guestsCannotMarkQuestionsRelevant() throws Exception {
        TestProject project = project("collect", Requirement.GUEST);
        long id = questions.ask(phase(project), data.account().id(), "Wer zahlt die neuen Bäume?", null);
        assertThat(new Browser(mvc).post(project.questions() + "/" + id + "/relevant").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void onlyNamedExpertsAnswerAndTheAnswerShowsTheirRole() throws Exception {
        TestProject project = collecting();
        long id = questions.ask(phase(project), data.account().id(), "Wie breit wird der Radweg?", null);
        TestAccount expert = data.account();
        Browser initiatorBrowser = Browser.loggedIn(mvc, initiator);
        initiatorBrowser.post("/verwaltung/phasen/" + phase(project) + "/fragen/experten", "login", expert.email(),
                "role", "Abteilungsleiterin Verkehrsplanung");

        String url = project.questions() + "/" + id;
        assertThat(initiatorBrowser.post(url + "/antwort", "answer", "Ich bin keine Expertin.").getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(Browser.loggedIn(mvc, data.account()).post(url + "/antwort", "answer", "Drei Meter.")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(body(new Browser(mvc).get(url))).doesNotContain("Als Expert:in antworten");

        Browser expertBrowser = Browser.loggedIn(mvc, expert);
        assertThat(body(expertBrowser.post(url + "/antwort", "answer", " "))).contains("id=\"answer-error\"",
                "Bitte schreiben Sie Ihre Antwort.");
        expertBrowser.post(url + "/antwort", "answer", "Der Radweg wird **2,50 Meter** breit.");

        assertThat(body(new Browser(mvc).get(url))).contains("<strong>2,50 Meter</strong>", expert.username(),
                "Abteilungsleiterin Verkehrsplanung");
    }

    @Test
    void filtersShowUnansweredAnsweredMostRelevantAndCategory() throws Exception {
        TestProject project = collecting();
        long phase = phase(project);
        questions.categories(phase, List.of("Verkehr", "Grün"));
        TestAccount expert = data.account();
        questions.nameExpert(phase, expert.id(), "Stadtplanung");
        long answered = questions.ask(phase, data.account().id(), "Frage eins zum Verkehr", "Verkehr");
        questions.answer(answered, expert.id(), "Antwort.");
        long popular = questions.ask(phase, data.account().id(), "Frage zwei zum Grün", "Grün");
        questions.markRelevant(popular, data.account().id());
        questions.markRelevant(popular, data.account().id());
        questions.ask(phase, data.account().id(), "Frage drei zum Verkehr", "Verkehr");
        Browser visitor = new Browser(mvc);

        assertThat(body(visitor.get(project.questions() + "?filter=offen"))).contains("Frage zwei", "Frage drei")
                .doesNotContain("Frage eins");
        assertThat(body(visitor.get(project.questions() + "?filter=beantwortet"))).contains("Frage eins")
                .doesNotContain("Frage zwei", "Frage drei");
        String relevant = body(visitor.get(project.questions() + "?filter=relevant"));
        assertThat(relevant.indexOf("Frage zwei")).isLessThan(relevant.indexOf("Frage drei"))
                .isLessThan(relevant.indexOf("Frage eins"));
        assertThat(body(visitor.get(project.questions() + "?kategorie=Verkehr"))).contains("Frage eins",
                "Frage drei").doesNotContain("Frage zwei zum");
    }

    @Test
    void onlyOneQuestionIsOnStageAtATime() throws Exception {
        TestProject project = project("live", Requirement.ACCOUNT);
        long phase = phase(project);
        long first = questions.ask(phase, data.account().id(), "Erste Frage an das Podium", null);
        long second = questions.ask(phase, data.account().id(), "Zweite Frage an das Podium", null);
        Browser moderator = Browser.loggedIn(mvc, initiator);
        String admin = "/verwaltung/phasen/" + phase + "/fragen";

        moderator.post(admin + "/" + first + "/buehne");
        assertThat(body(new Browser(mvc).get(project.questions() + "/buehne"))).contains("Erste Frage an das Podium");
        moderator.post(admin + "/" + second + "/buehne");
        String stage = body(new Browser(mvc).get(project.questions() + "/buehne"));
        assertThat(stage).contains("Zweite Frage an das Podium").doesNotContain("Erste Frage an das Podium");
        assertThat(body(new Browser(mvc).get(project.questions())).split("Jetzt auf der Bühne</li>")).hasSize(2);

        moderator.post(admin + "/" + second + "/beantwortet");
        assertThat(body(new Browser(mvc).get(project.questions() + "/buehne")))
                .contains("Gerade ist keine Frage auf der Bühne.");
        assertThat(body(new Browser(mvc).get(project.questions() + "?filter=beantwortet")))
                .contains("Zweite Frage an das Podium");
    }

    @Test
    void shortlistedQuestionsComeFirstForTheModerators() throws Exception {
        TestProject project = project("live", Requirement.ACCOUNT);
        long phase = phase(project);
        long early = questions.ask(phase, data.account().id(), "Früh gestellte Frage", null);
        questions.ask(phase, data.account().id(), "Spät gestellte Frage", null);
        Browser moderator = Browser.loggedIn(mvc, initiator);
        String admin = "/verwaltung/phasen/" + phase + "/fragen";

        moderator.post(admin + "/" + early + "/auswahl", "value", "true");

        String page = body(moderator.get(admin));
        assertThat(page.indexOf("Früh gestellte Frage")).isLessThan(page.indexOf("Spät gestellte Frage"));
        assertThat(page).contains("Vorgemerkt");
    }

    @Test
    void citizensCannotModerate() throws Exception {
        TestProject project = project("live", Requirement.ACCOUNT);
        long id = questions.ask(phase(project), data.account().id(), "Eine Frage", null);
        Browser citizen = Browser.loggedIn(mvc, data.account());
        assertThat(citizen.get("/verwaltung/phasen/" + phase(project) + "/fragen").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(citizen.post("/verwaltung/phasen/" + phase(project) + "/fragen/" + id + "/buehne").getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aHiddenQuestionNeedsAReasonAndLeavesThePublicList() throws Exception {
        TestProject project = collecting();
        long id = questions.ask(phase(project), data.account().id(), "Werbung für meinen Laden", null);
        Browser moderator = Browser.loggedIn(mvc, initiator);
        String admin = "/verwaltung/phasen/" + phase(project) + "/fragen";

        String refused = body(moderator.perform(get(moderator.post(admin + "/" + id + "/ausblenden", "reason", "")
                .getResponse().getRedirectedUrl())));
        assertThat(refused).contains("id=\"grund-" + id + "-error\"", "Bitte nennen Sie einen Grund.");
        moderator.post(admin + "/" + id + "/ausblenden", "reason", "Werbung");
        assertThat(body(new Browser(mvc).get(project.questions()))).doesNotContain("Werbung für meinen Laden");
        assertThat(new Browser(mvc).get(project.questions() + "/" + id).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theLiveStreamDeliversANewQuestion() throws Exception {
        TestProject project = project("live", Requirement.ACCOUNT);
        MvcResult stream = mvc.perform(get(project.questions() + "/live/ereignisse")).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();

        questions.ask(phase(project), data.account().id(), "Gibt es nach der Veranstaltung ein Protokoll?", null);

        String events = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events).contains("event:question", "Gibt es nach der Veranstaltung ein Protokoll?");
        stream.getRequest().getAsyncContext().complete();
    }

    @Test
    void theReportListsQuestionsWithTheirAnswers() {
        TestProject project = collecting();
        long phase = phase(project);
        TestAccount expert = data.account();
        questions.nameExpert(phase, expert.id(), "Referat Umwelt");
        long answered = questions.ask(phase, data.account().id(), "Wie viele Bäume werden gepflanzt?", "Grün");
        questions.answer(answered, expert.id(), "Zwölf Bäume.");
        long open = questions.ask(phase, data.account().id(), "Wann beginnt der Bau?", null);
        questions.markRelevant(open, data.account().id());

        FormatReport report = formats.get("question").report(phase, Locale.GERMAN);

        assertThat(report.contributions()).extracting(FormatReport.Contribution::title)
                .containsExactly("Wann beginnt der Bau?", "Wie viele Bäume werden gepflanzt?");
        FormatReport.Contribution withAnswer = report.contributions().get(1);
        assertThat(withAnswer.answered()).isTrue();
        assertThat(withAnswer.responseMd()).contains("Zwölf Bäume.", "Referat Umwelt", expert.username());
        assertThat(withAnswer.url()).isEqualTo(project.questions() + "/" + answered);
        assertThat(report.contributions().get(0).answered()).isFalse();
        assertThat(report.figures()).extracting(f -> f.value()).containsExactly(2L, 1L, 1L);
    }
}

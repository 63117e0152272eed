package de.stadtdialog.survey;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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
class SurveyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    de.stadtdialog.support.Mailbox mailbox;

    record Built(TestProject project, long phaseId, Browser initiator, long mode, long business, long rating,
            long age, long remarks) {

        String form() {
            return "/umfragen/" + phaseId;
        }

        String setup() {
            return "/verwaltung/phasen/" + phaseId + "/umfrage";
        }
    }

    /** The packaging-tax survey in small: a business part shown only to businesses. */
    private Built build() throws Exception {
        var organisation = data.organisation();
        TestProject project = data.project(organisation).surveyPhase("Umfrage Verpackungssteuer", -1, 10).create();
        long phaseId = project.phaseIds().get(0);
        TestAccount account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation.id(), account.id()).update();
        Browser initiator = Browser.loggedIn(mvc, account);
        String setup = "/verwaltung/phasen/" + phaseId + "/umfrage";
        initiator.post(setup + "/einstellungen", "introMd", "Ihre Meinung zählt.", "results", "LIVE", "editable",
                "true");
        initiator.post(setup + "/fragen", "type", "SINGLE", "title", "Sie antworten als", "required", "true",
                "options", "Privatperson\nUnternehmen");
        long mode = lastQuestion(phaseId);
        initiator.post(setup + "/fragen", "type", "MULTIPLE", "title", "Welche Verpackungen geben Sie aus?",
                "required", "true", "options", "Becher\nSchalen\nTüten", "minValue", "1", "maxValue", "2",
                "condition", mode + ":1");
        long business = lastQuestion(phaseId);
        initiator.post(setup + "/fragen", "type", "SCALE", "title", "Wie wichtig ist Ihnen weniger Müll?",
                "required", "true", "minValue", "1", "maxValue", "5", "minLabel", "unwichtig", "maxLabel",
                "sehr wichtig");
        long rating = lastQuestion(phaseId);
        initiator.post(setup + "/fragen", "type", "NUMBER", "title", "Ihr Alter", "minValue", "14", "maxValue",
                "120");
        long age = lastQuestion(phaseId);
        initiator.post(setup + "/fragen", "type", "LONG_TEXT", "title", "Anmerkungen");
        long remarks = lastQuestion(phaseId);
        return new Built(project, phaseId, initiator, mode, business, rating, age, remarks);
    }

    private long lastQuestion(long phaseId) {
        return jdbc.sql("select max(id) from survey_question where phase_id = ?").param(phaseId).query(Long.class)
                .single();
    }

    @Test
    void aCitizenAnswersTheQuestionsThatApplyAndChangesTheAnswersLater() throws Exception {
        Built survey = build();
        TestAccount person = data.account();
        Browser citizen = Browser.loggedIn(mvc, person);

        String form = body(citizen.get(survey.form()));
        String sent = citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.business(), "0",
                "q" + survey.rating(), "5", "q" + survey.age(), "67", "q" + survey.remarks(), "Mehr Pfand!")
                .getResponse().getRedirectedUrl();
        citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(), "4");

        assertThat(form).contains("Ihre Meinung zählt.", "Sie antworten als", "Welche Verpackungen",
                "Diese Frage gilt nur bei einer bestimmten Antwort auf Frage 1");
        assertThat(sent).isEqualTo(survey.form() + "/danke");
        assertThat(jdbc.sql("select count(*) from survey_response where phase_id = ?").param(survey.phaseId())
                .query(Long.class).single()).as("one response per person, changed in place").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_answer where question_id = ?").param(survey.business())
                .query(Long.class).single()).as("the business part was not shown to a private person").isZero();
        assertThat(body(citizen.get(survey.form()))).contains("Sie können Ihre Antworten bis zum Ende der Umfrage ändern");
        assertThat(mailbox.latestTo(person.email()).body()).contains("Ihre Antworten sind gespeichert",
                "können Sie sie hier ändern", survey.form());
        assertThat(body(citizen.get("/konto/daten.json"))).as("the answers are part of the person's data")
                .contains("\"surveys\"", "Wie wichtig ist Ihnen weniger Müll?");
        String results = body(new Browser(mvc).get(survey.form() + "/ergebnisse"));
        assertThat(results).contains("1 Antwort", "Durchschnitt 4,0", "5 (sehr wichtig)", "100 %").doesNotContain("Mehr Pfand!");
    }

    @Test
    void eachWrongAnswerIsExplainedBesideItsQuestionAndTheOtherAnswersStay() throws Exception {
        Built survey = build();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(survey.form(), "q" + survey.mode(), "1", "q" + survey.business(), "9",
                "q" + survey.rating(), "", "q" + survey.age(), "7", "q" + survey.remarks(), "Bleibt stehen."));

        assertThat(page).contains("Bitte wählen Sie eine der angebotenen Antworten.", "Bitte beantworten Sie diese Frage.",
                "Bitte geben Sie eine Zahl von 14 bis 120 ein.", "Bleibt stehen.", "value=\"7\"");
        assertThat(jdbc.sql("select count(*) from survey_response where phase_id = ?").param(survey.phaseId())
                .query(Long.class).single()).isZero();
        String tooMany = body(citizen.post(survey.form(), "q" + survey.mode(), "1", "q" + survey.business(), "0",
                "q" + survey.business(), "1", "q" + survey.business(), "2", "q" + survey.rating(), "3"));
        assertThat(tooMany).contains("Bitte wählen Sie höchstens 2 Antworten.");
    }

    @Test
    void staffEnterPaperQuestionnairesAndResultsShowEachChannel() throws Exception {
        Built survey = build();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(), "5");

        survey.initiator().post(survey.setup() + "/papier", "q" + survey.mode(), "1", "q" + survey.business(), "2",
                "q" + survey.rating(), "1");
        survey.initiator().post(survey.setup() + "/papier", "q" + survey.mode(), "1", "q" + survey.business(), "2",
                "q" + survey.rating(), "2");

        assertThat(body(survey.initiator().get(survey.form() + "/ergebnisse")))
                .contains("3 Antworten", "1 online, 2 auf Papier");
        assertThat(body(survey.initiator().get(survey.form() + "/ergebnisse?kanal=papier")))
                .contains("Durchschnitt 1,5");
        assertThat(body(survey.initiator().get(survey.form() + "/ergebnisse?kanal=online")))
                .contains("Durchschnitt 5,0");
        String csv = survey.initiator().get("/verwaltung/phasen/" + survey.phaseId() + "/export/csv").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("\"Welche Verpackungen geben Sie aus?: Tüten\"", "\"papier\"", "\"online\"");
    }

    @Test
    void onceAnswersExistTheStructureIsLockedButTheWordingCanBeFixed() throws Exception {
        Built survey = build();
        Browser.loggedIn(mvc, data.account()).post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(),
                "3");

        String added = body(survey.initiator().post(survey.setup() + "/fragen", "type", "SHORT_TEXT", "title",
                "Neue Frage"));
        String deleted = survey.initiator().post(survey.setup() + "/fragen/" + survey.remarks() + "/loeschen")
                .getResponse().getRedirectedUrl();
        survey.initiator().post(survey.setup() + "/fragen/" + survey.remarks() + "/wortlaut", "title",
                "Ihre Anmerkungen");

        assertThat(added).contains("neue Fragen würden sie verfälschen");
        assertThat(body(survey.initiator().get(deleted))).contains("Es gibt schon Antworten");
        assertThat(body(survey.initiator().get(survey.form()))).contains("Ihre Anmerkungen");
    }

    @Test
    void aDateQuestionTakesTheDateFieldsFormatAndTheTypedOne() throws Exception {
        Built survey = build();
        survey.initiator().post(survey.setup() + "/fragen", "type", "DATE", "title", "Seit wann wohnen Sie hier?");
        long since = lastQuestion(survey.phaseId());
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String wrong = body(citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(), "3",
                "q" + since, "gestern"));
        citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(), "3", "q" + since, "1.4.2019");

        assertThat(wrong).contains("Bitte geben Sie ein gültiges Datum ein");
        assertThat(jdbc.sql("select text_value from survey_answer where question_id = ?").param(since)
                .query(String.class).single()).isEqualTo("2019-04-01");
    }

    @Test
    void aSectionStructuresTheFormWithoutBeingAQuestion() throws Exception {
        Built survey = build();
        survey.initiator().post(survey.setup() + "/fragen", "type", "SECTION", "title", "Zu Ihrer Person", "help",
                "Diese Angaben sind freiwillig.", "required", "true");
        long section = lastQuestion(survey.phaseId());
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String form = body(citizen.get(survey.form()));
        citizen.post(survey.form(), "q" + survey.mode(), "0", "q" + survey.rating(), "2");

        assertThat(form).contains("<h2>Zu Ihrer Person</h2>", "Diese Angaben sind freiwillig.");
        assertThat(body(citizen.get(survey.form() + "/ergebnisse"))).doesNotContain("Zu Ihrer Person");
        assertThat(survey.initiator().get("/verwaltung/phasen/" + survey.phaseId() + "/export/csv").getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Zu Ihrer Person");
        assertThat(jdbc.sql("select count(*) from survey_answer where question_id = ?").param(section)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aQuestionCannotMoveBeforeTheQuestionItDependsOn() throws Exception {
        Built survey = build();

        String moved = survey.initiator().post(survey.setup() + "/fragen/" + survey.business() + "/hoch")
                .getResponse().getRedirectedUrl();
        String badChoice = body(survey.initiator().post(survey.setup() + "/fragen", "type", "SINGLE", "title",
                "Nur eine Option", "options", "Ja"));

        assertThat(body(survey.initiator().get(moved))).contains("nicht vor die Frage rücken");
        assertThat(badChoice).contains("mindestens zwei Antwortmöglichkeiten");
    }

    @Test
    void visitorsMustLogInAndResultsKeepToWhatTheInitiatorChose() throws Exception {
        Built survey = build();
        survey.initiator().post(survey.setup() + "/einstellungen", "results", "AFTER_END");

        var anonymous = new Browser(mvc).post(survey.form(), "q" + survey.mode(), "0");
        var results = new Browser(mvc).get(survey.form() + "/ergebnisse");

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(403);
        assertThat(results.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(results)).contains("nach dem Ende der Umfrage veröffentlicht");
    }
}

package de.stadtdialog.survey;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;

@IntegrationTest
class SurveyGuestModesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    record Open(long phaseId, long question, Browser initiator) {
        String form() {
            return "/umfragen/" + phaseId;
        }
    }

    private Open open(String mode) throws Exception {
        var organisation = data.organisation();
        var project = data.project(organisation).surveyPhase("Offene Umfrage", -1, 10, Requirement.GUEST).create();
        long phaseId = project.phaseIds().get(0);
        long question = surveys.addQuestion(phaseId, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Wie finden Sie den Platz?", true, "Schön", "Geht so", "Hässlich"));
        var account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation.id(), account.id()).update();
        Browser initiator = Browser.loggedIn(mvc, account);
        initiator.post("/verwaltung/phasen/" + phaseId + "/umfrage/einstellungen", "results", "LIVE", "guestMode",
                mode);
        return new Open(phaseId, question, initiator);
    }

    private long responses(long phaseId, String channel) {
        return jdbc.sql("select count(*) from survey_response where phase_id = ? and channel = ?")
                .params(phaseId, channel).query(Long.class).single();
    }

    @Test
    void aGuestAnswersOncePerBrowser() throws Exception {
        Open survey = open("BROWSER");
        Browser guest = new Browser(mvc);

        MvcResult first = guest.post(survey.form(), "q" + survey.question(), "0");
        String second = body(guest.post(survey.form(), "q" + survey.question(), "2"));
        new Browser(mvc).from("198.51.100.7").post(survey.form(), "q" + survey.question(), "1");

        assertThat(first.getResponse().getRedirectedUrl()).endsWith("/danke");
        assertThat(first.getResponse().getCookie("stadtdialog-umfrage")).isNotNull();
        assertThat(second).contains("Von diesem Browser aus wurde die Umfrage schon beantwortet");
        assertThat(responses(survey.phaseId(), "ONLINE")).isEqualTo(2);
    }

    @Test
    void aBrowserThatAnsweredIsToldSoBeforeFillingInTheFormAgain() throws Exception {
        Open survey = open("BROWSER");
        Browser guest = new Browser(mvc);

        String before = body(guest.get(survey.form()));
        guest.post(survey.form(), "q" + survey.question(), "0");
        String after = body(guest.get(survey.form()));

        assertThat(before).doesNotContain("Von diesem Browser aus wurde die Umfrage schon beantwortet");
        assertThat(after).contains("Von diesem Browser aus wurde die Umfrage schon beantwortet");
    }

    @Test
    void withInvitationCodesEachCodeCountsOnceAndAWrongCodeIsExplained() throws Exception {
        Open survey = open("CODE");
        String csv = survey.initiator().post("/verwaltung/phasen/" + survey.phaseId() + "/umfrage/codes", "anzahl",
                "3").getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> codes = csv.lines().skip(1).map(line -> line.replace("\"", "")).toList();

        String wrong = body(new Browser(mvc).post(survey.form(), "code", "FALSCH-00000", "q" + survey.question(),
                "1"));
        MvcResult used = new Browser(mvc).post(survey.form(), "code", codes.get(0).toLowerCase().replace("-", " "),
                "q" + survey.question(), "0");
        String again = body(new Browser(mvc).post(survey.form(), "code", codes.get(0), "q" + survey.question(), "0"));

        assertThat(codes).hasSize(3).allMatch(code -> code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(wrong).contains("Diesen Code kennen wir nicht", "value=\"FALSCH-00000\"", "checked");
        assertThat(used.getResponse().getRedirectedUrl()).endsWith("/danke");
        assertThat(again).contains("Diesen Code kennen wir nicht, oder er wurde schon benutzt");
        assertThat(jdbc.sql("select count(*) from survey_code where phase_id = ? and used_at is not null")
                .param(survey.phaseId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_code where code_hash = ?").param(codes.get(1))
                .query(Long.class).single()).as("codes are stored only as hashes").isZero();
    }

    @Test
    void aKioskTakesOneResponseAfterTheOtherAndStartsEmpty() throws Exception {
        Open survey = open("KIOSK");
        Browser tablet = new Browser(mvc);

        String first = tablet.post(survey.form(), "q" + survey.question(), "0").getResponse().getRedirectedUrl();
        tablet.post(survey.form(), "q" + survey.question(), "1");

        assertThat(first).endsWith("?naechste=");
        assertThat(body(tablet.get(first))).contains("Die nächste Person kann jetzt teilnehmen").doesNotContain("checked");
        assertThat(responses(survey.phaseId(), "KIOSK")).isEqualTo(2);
    }
}

package de.stadtdialog.survey;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

/**
 * The form engine as initiators build it and citizens fill it in: every question type, pages with
 * conditions, drafts, and the purposes vote, quiz and application.
 */
@IntegrationTest
class SurveyFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    de.stadtdialog.support.Mailbox mailbox;
    @Autowired
    Surveys surveys;

    record Form(long phaseId, Browser initiator, TestData.TestOrganisation organisation, TestProject project) {

        String url() {
            return "/umfragen/" + phaseId;
        }

        String setup() {
            return "/verwaltung/phasen/" + phaseId + "/umfrage";
        }

        long add(JdbcClient jdbc, String... fields) throws Exception {
            MvcResult result = initiator.post(setup() + "/fragen", fields);
            assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
            return jdbc.sql("select max(id) from survey_question where phase_id = ?").param(phaseId)
                    .query(Long.class).single();
        }
    }

    private Form form(String purpose) throws Exception {
        var organisation = data.organisation();
        TestProject project = data.project(organisation).area(TestData.DOWNTOWN)
                .surveyPhase("Formular", -1, 10).create();
        long phaseId = project.phaseIds().get(0);
        TestAccount account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation.id(), account.id()).update();
        Browser initiator = Browser.loggedIn(mvc, account);
        initiator.post("/verwaltung/phasen/" + phaseId + "/umfrage/einstellungen", "results", "LIVE", "editable",
                "true", "guestMode", "BROWSER", "purpose", purpose);
        return new Form(phaseId, initiator, organisation, project);
    }

    private long responses(Form form) {
        return jdbc.sql("select count(*) from survey_response where phase_id = ?").param(form.phaseId())
                .query(Long.class).single();
    }

    private List<String> stored(long questionId) {
        return jdbc.sql("select coalesce(cast(choice as varchar(10)), '') || '|' || "
                + "coalesce(cast(cast(number_value as integer) as varchar(10)), '') || '|' || coalesce(text_value, '') "
                + "from survey_answer where question_id = ? order by choice").param(questionId).query(String.class)
                .list();
    }

    @Test
    void everyNewQuestionTypeIsAnsweredAndShownAgainAsSaved() throws Exception {
        Form form = form("SURVEY");
        long matrix = form.add(jdbc, "type", "MATRIX", "title", "Wie sehen Sie die Innenstadt?", "required", "true",
                "options", "stimme zu\nteils\nstimme nicht zu", "statements", "Sie ist sauber.\nSie ist sicher.");
        long ranking = form.add(jdbc, "type", "RANKING", "title", "Was ist Ihnen am wichtigsten?", "required", "true",
                "options", "Bäume\nBänke\nBrunnen");
        long place = form.add(jdbc, "type", "LOCATION", "title", "Wo fehlt ein Baum?", "required", "true", "options",
                "Stiftsplatz; 49.4445, 7.7690\nSchillerplatz; 49.4440, 7.7705");
        long transport = form.add(jdbc, "type", "SINGLE", "title", "Wie kommen Sie in die Stadt?", "options",
                "Bus\nRad\nAuto", "otherOption", "true", "shuffle", "true");
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.get(form.url()));
        citizen.post(form.url(), "q" + matrix + "-s0", "0", "q" + matrix + "-s1", "2", "q" + ranking + "-r0", "2",
                "q" + ranking + "-r1", "3", "q" + ranking + "-r2", "1", "q" + place + "-lat", "49,4400",
                "q" + place + "-lon", "7,7700", "q" + transport, "other", "q" + transport + "-other", "zu Fuß");

        assertThat(page).contains("Sie ist sauber.", "stimme nicht zu", "Rang 3", "Stiftsplatz", "Breite",
                "Sonstiges, und zwar", "data-pick-lat=\"q" + place + "-lat\"");
        assertThat(stored(matrix)).containsExactly("0|0|", "1|2|");
        assertThat(stored(ranking)).containsExactly("0|2|", "1|3|", "2|1|");
        assertThat(stored(place)).containsExactly("||49.440000,7.770000");
        assertThat(stored(transport)).containsExactly("-1||zu Fuß");
        String again = body(citizen.get(form.url()));
        assertThat(again).contains("value=\"zu Fuß\"", "value=\"49.440000\"");
        assertThat(again).containsPattern("name=\"q" + ranking + "-r2\">\\s*<option value=\"\">–</option>\\s*"
                + "<option value=\"1\" selected>");
    }

    @Test
    void answersThatDoNotFitTheNewTypesAreExplainedAndWhatWasTypedStays() throws Exception {
        Form form = form("SURVEY");
        long matrix = form.add(jdbc, "type", "MATRIX", "title", "Aussagen", "required", "true", "options",
                "ja\nnein", "statements", "Eins\nZwei\nDrei");
        long ranking = form.add(jdbc, "type", "RANKING", "title", "Rangfolge", "options", "A\nB\nC");
        long place = form.add(jdbc, "type", "LOCATION", "title", "Ort", "required", "true");
        long transport = form.add(jdbc, "type", "MULTIPLE", "title", "Verkehrsmittel", "options", "Bus\nRad",
                "otherOption", "true");
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(form.url(), "q" + matrix + "-s0", "1", "q" + ranking + "-r0", "1",
                "q" + ranking + "-r1", "1", "q" + place + "-lat", "52.52", "q" + place + "-lon", "13.40",
                "q" + transport, "0", "q" + transport, "other"));
        String gap = body(citizen.post(form.url(), "q" + ranking + "-r0", "1", "q" + ranking + "-r1", "3",
                "q" + place + "-lat", "Rathaus"));

        assertThat(page).contains("Bitte bewerten Sie jede Aussage; 2 fehlen noch.",
                "Sie haben Rang 1 mehrfach vergeben.", "Dieser Ort liegt außerhalb des Projektgebiets.",
                "Bitte beschreiben Sie, was Sie mit „Sonstiges“ meinen.", "value=\"52.52\"");
        assertThat(gap).contains("Bitte vergeben Sie die Ränge ohne Lücke", "Bitte geben Sie Breite und Länge als Zahlen an");
        assertThat(responses(form)).isZero();
    }

    /** The packaging-tax survey: a second page only for businesses, skipped by everyone else. */
    private record Paged(Form form, long who, long businessPage, long packaging, long lastPage, long remarks) {
    }

    private Paged paged() throws Exception {
        Form form = form("SURVEY");
        long who = form.add(jdbc, "type", "SINGLE", "title", "Sie antworten als", "required", "true", "options",
                "Privatperson\nUnternehmen");
        long businessPage = form.add(jdbc, "type", "SECTION", "title", "Teil für Unternehmen", "newPage", "true",
                "condition", who + ":1");
        long packaging = form.add(jdbc, "type", "NUMBER", "title", "Wie viele Becher geben Sie täglich aus?",
                "required", "true");
        long lastPage = form.add(jdbc, "type", "SECTION", "title", "Zum Schluss", "newPage", "true");
        long remarks = form.add(jdbc, "type", "LONG_TEXT", "title", "Anmerkungen");
        return new Paged(form, who, businessPage, packaging, lastPage, remarks);
    }

    @Test
    void aFormWithPagesChecksEachPageAndSkipsThePageTheAnswersRuleOut() throws Exception {
        Paged p = paged();
        Browser business = Browser.loggedIn(mvc, data.account());
        Browser resident = Browser.loggedIn(mvc, data.account());

        String first = body(business.get(p.form().url()));
        String unanswered = body(business.post(p.form().url(), "aktion", "weiter", "seite", "0"));
        String second = body(business.post(p.form().url(), "aktion", "weiter", "seite", "0", "q" + p.who(), "1"));
        String back = body(business.post(p.form().url(), "aktion", "zurueck", "seite", "1", "q" + p.who(), "1",
                "q" + p.packaging(), "200"));
        String residentsNext = body(resident.post(p.form().url(), "aktion", "weiter", "seite", "0", "q" + p.who(), "0"));
        resident.post(p.form().url(), "aktion", "absenden", "seite", "2", "q" + p.who(), "0",
                "q" + p.remarks(), "Gut so.");

        assertThat(first).contains("Seite 1 von 3", "Sie antworten als").doesNotContain("Wie viele Becher");
        assertThat(unanswered).contains("Seite 1 von 3", "Bitte beantworten Sie diese Frage.");
        assertThat(second).contains("Seite 2 von 3", "Teil für Unternehmen", "Wie viele Becher",
                "name=\"q" + p.who() + "\" value=\"1\"", "Zurück");
        assertThat(back).contains("Seite 1 von 3", "name=\"q" + p.packaging() + "\" value=\"200\"");
        assertThat(residentsNext).contains("Seite 2 von 2", "Zum Schluss").doesNotContain("Wie viele Becher");
        assertThat(stored(p.remarks())).containsExactly("||Gut so.");
        assertThat(stored(p.packaging())).isEmpty();
    }

    @Test
    void sendingWithAMissingAnswerOnAnEarlierPageOpensThatPage() throws Exception {
        Paged p = paged();
        Browser business = Browser.loggedIn(mvc, data.account());

        String page = body(business.post(p.form().url(), "aktion", "absenden", "seite", "2", "q" + p.who(), "1",
                "q" + p.remarks(), "Bleibt."));

        assertThat(page).contains("Seite 2 von 3", "Bitte beantworten Sie diese Frage.",
                "name=\"q" + p.remarks() + "\" value=\"Bleibt.\"");
        assertThat(responses(p.form())).isZero();
    }

    @Test
    void anAccountSavesAHalfFilledFormAndContinuesLaterWhereItStopped() throws Exception {
        Paged p = paged();
        TestAccount person = data.account();
        Browser citizen = Browser.loggedIn(mvc, person);

        String saved = body(citizen.post(p.form().url(), "aktion", "speichern", "seite", "1", "q" + p.who(), "1",
                "q" + p.packaging(), "120"));
        String later = body(Browser.loggedIn(mvc, person).get(p.form().url()));
        String guest = body(new Browser(mvc).get(p.form().url()));

        assertThat(saved).contains("Ihr Zwischenstand ist gespeichert");
        assertThat(later).contains("Wir haben Ihren Zwischenstand vom", "Seite 2 von 3", "value=\"120\"");
        assertThat(guest).doesNotContain("value=\"120\"", "Zwischenspeichern");
        assertThat(responses(p.form())).as("a draft is no response and is not counted").isZero();
        assertThat(body(citizen.get("/konto/daten.json"))).as("the draft is part of the person's data")
                .contains("draftValues", "120");

        citizen.post(p.form().url(), "aktion", "absenden", "seite", "2", "q" + p.who(), "1", "q" + p.packaging(), "120");

        assertThat(responses(p.form())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_draft where phase_id = ?").param(p.form().phaseId())
                .query(Long.class).single()).as("the draft is gone once sent").isZero();
    }

    @Test
    void aQuizShowsTheScoreTheRightAnswersAndTheExplanationsAfterSending() throws Exception {
        Form form = form("QUIZ");
        long river = form.add(jdbc, "type", "SINGLE", "title", "Welcher Bach fließt unter der Stadt?", "required",
                "true", "options", "Lauter\nRhein\nMain", "correct", "1", "explanation",
                "Die Lauter gab Kaiserslautern den Namen.");
        long since = form.add(jdbc, "type", "MULTIPLE", "title", "Welche sind Partnerstädte?", "options",
                "Davenport\nParis\nGuimarães", "correct", "1, 3", "explanation", "Paris ist keine.");
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String receipt = citizen.post(form.url(), "q" + river, "1", "q" + since, "0", "q" + since, "2")
                .getResponse().getRedirectedUrl();
        String thanks = body(citizen.get(receipt));
        String withoutReceipt = body(citizen.get(form.url() + "/danke"));

        assertThat(receipt).startsWith(form.url() + "/danke?beleg=");
        assertThat(thanks).contains("Sie haben 1 von 2 Fragen richtig beantwortet.", "Nicht ganz.",
                "Ihre Antwort: Rhein", "Richtig wäre: Lauter", "Die Lauter gab Kaiserslautern den Namen.", "Richtig!");
        assertThat(withoutReceipt).doesNotContain("richtig beantwortet", "Die Lauter gab");
        assertThat(jdbc.sql("select score from survey_response where phase_id = ?").param(form.phaseId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theBuilderRefusesQuizSolutionsThatDoNotFit() throws Exception {
        Form form = form("QUIZ");

        String outOfRange = body(form.initiator().post(form.setup() + "/fragen", "type", "SINGLE", "title", "Frage",
                "options", "A\nB", "correct", "3"));
        String two = body(form.initiator().post(form.setup() + "/fragen", "type", "SINGLE", "title", "Frage",
                "options", "A\nB", "correct", "1,2"));
        String text = body(form.initiator().post(form.setup() + "/fragen", "type", "SHORT_TEXT", "title", "Frage",
                "correct", "1"));

        assertThat(outOfRange).contains("Bitte geben Sie Nummern von 1 bis 2 an");
        assertThat(two).contains("Bei dieser Frage kann nur eine Antwort richtig sein.");
        assertThat(text).contains("Richtige Antworten gibt es nur bei Auswahlfragen");
        assertThat(jdbc.sql("select count(*) from survey_question where phase_id = ?").param(form.phaseId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anApplicantGetsANumberAndTheAnswersAreNeverPublic() throws Exception {
        Form form = form("APPLICATION");
        long name = form.add(jdbc, "type", "SHORT_TEXT", "title", "Ihr Name", "required", "true");
        TestAccount applicantAccount = data.account();
        Browser applicant = Browser.loggedIn(mvc, applicantAccount);

        String thanks = body(applicant.get(applicant.post(form.url(), "q" + name, "Alex Beispiel").getResponse()
                .getRedirectedUrl()));
        long number = jdbc.sql("select id from survey_response where phase_id = ?").param(form.phaseId())
                .query(Long.class).single();

        assertThat(thanks).contains("Ihre Bewerbung ist eingegangen. Ihre Bewerbungsnummer ist " + number,
                "Öffentliches Protokoll des Losverfahrens");
        assertThat(mailbox.latestTo(applicantAccount.email()).body()).contains("Ihre Bewerbungsnummer ist " + number);
        assertThat(jdbc.sql("select results from survey where phase_id = ?").param(form.phaseId())
                .query(String.class).single()).as("LIVE was asked for, but an application stays private")
                .isEqualTo("PRIVATE");
        assertThat(new Browser(mvc).get(form.url() + "/ergebnisse").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aVoteShowsItsDesignsAsCardsWithPicturesAndAlternativeTexts() throws Exception {
        Form form = form("VOTE");
        long design = form.add(jdbc, "type", "IMAGE_CHOICE", "title", "Welcher Entwurf soll gebaut werden?",
                "required", "true", "options", "Entwurf A\nEntwurf B");

        MvcResult noAlt = form.initiator().upload(form.setup() + "/fragen/" + design + "/bilder",
                new MockMultipartFile("bild", "a.png", "image/png", png()), "position", "0");
        form.initiator().upload(form.setup() + "/fragen/" + design + "/bilder",
                new MockMultipartFile("bild", "a.png", "image/png", png()), "position", "0", "alt",
                "Platz mit drei Bäumen und Wasserspiel");
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String page = body(citizen.get(form.url()));
        String sent = citizen.post(form.url(), "q" + design, "1").getResponse().getRedirectedUrl();

        assertThat(noAlt.getResponse().getRedirectedUrl()).contains("fehler=bild-alt");
        assertThat(page).contains("choice-card", "alt=\"Platz mit drei Bäumen und Wasserspiel\"", "Entwurf B",
                "Stimme abgeben");
        assertThat(body(citizen.get(sent))).contains("Ihre Stimme zu „Formular“ ist gezählt.");
        assertThat(stored(design)).containsExactly("1||");
    }

    @Test
    void onceAnswersExistOnlyTheWordingOfOptionsCanChange() throws Exception {
        Form form = form("SURVEY");
        long q = form.add(jdbc, "type", "SINGLE", "title", "Wie oft?", "options", "oft\nselten");
        Browser.loggedIn(mvc, data.account()).post(form.url(), "q" + q, "1");

        String moreOptions = form.initiator().post(form.setup() + "/fragen/" + q + "/wortlaut", "title", "Wie oft?",
                "options", "oft\nselten\nnie").getResponse().getRedirectedUrl();
        form.initiator().post(form.setup() + "/fragen/" + q + "/wortlaut", "title", "Wie oft kommen Sie?",
                "options", "häufig\nselten");

        assertThat(moreOptions).contains("fehler=optionen");
        assertThat(body(form.initiator().get(moreOptions))).contains("Die Zahl der Antwortmöglichkeiten");
        assertThat(jdbc.sql("select title || '|' || options from survey_question where id = ?").param(q)
                .query(String.class).single()).isEqualTo("Wie oft kommen Sie?|häufig\nselten");
    }

    @Test
    void aFormIsCopiedFromAnotherSurveyWithItsConditions() throws Exception {
        Paged source = paged();
        TestProject project = data.project(source.form().organisation()).surveyPhase("Neu", -1, 5).create();
        long copy = project.phaseIds().get(0);

        String setup = body(source.form().initiator().get("/verwaltung/phasen/" + copy + "/umfrage"));
        source.form().initiator().post("/verwaltung/phasen/" + copy + "/umfrage/kopieren", "quelle",
                String.valueOf(source.form().phaseId()));

        assertThat(setup).contains("Fragen aus einem anderen Formular übernehmen");
        List<String> copied = jdbc.sql("select q.title || '|' || coalesce(c.title, '') from survey_question q "
                + "left join survey_question c on c.id = q.condition_question_id where q.phase_id = ? order by q.position")
                .param(copy).query(String.class).list();
        assertThat(copied).containsExactly("Sie antworten als|", "Teil für Unternehmen|Sie antworten als",
                "Wie viele Becher geben Sie täglich aus?|", "Zum Schluss|", "Anmerkungen|");
        assertThat(jdbc.sql("select count(*) from survey_question q join survey_question c "
                + "on c.id = q.condition_question_id where q.phase_id = ? and c.phase_id = ?")
                .params(copy, copy).query(Long.class).single()).as("the condition points to the copy").isEqualTo(1);
    }

    @Test
    void conditionsCanOnlyPointBackSoTheyNeverRunInACircle() throws Exception {
        Form form = form("SURVEY");
        long first = form.add(jdbc, "type", "YES_NO", "title", "Haben Sie ein Rad?");
        long second = form.add(jdbc, "type", "SINGLE", "title", "Welches?", "options", "Stadtrad\nE-Bike",
                "condition", first + ":0");

        String forward = body(form.initiator().post(form.setup() + "/fragen", "type", "SHORT_TEXT", "title", "Warum?",
                "condition", (second + 1000) + ":0"));
        String up = form.initiator().post(form.setup() + "/fragen/" + second + "/hoch").getResponse()
                .getRedirectedUrl();

        assertThat(forward).contains("Bitte wählen Sie eine Antwort auf eine frühere Frage.");
        assertThat(up).contains("fehler=reihenfolge");
        assertThat(body(form.initiator().get(up))).contains("nicht vor die Frage rücken");
        assertThat(jdbc.sql("select id from survey_question where phase_id = ? order by position")
                .param(form.phaseId()).query(Long.class).list()).containsExactly(first, second);
    }

    @Test
    void anApprovedTextStaysApprovedWhenItsAuthorChangesOtherAnswersButNotWhenTheTextChanges() throws Exception {
        Form form = form("SURVEY");
        long often = form.add(jdbc, "type", "SINGLE", "title", "Wie oft?", "options", "oft\nselten");
        long wish = form.add(jdbc, "type", "SHORT_TEXT", "title", "Ihr Wunsch");
        Browser citizen = Browser.loggedIn(mvc, data.account());
        citizen.post(form.url(), "q" + often, "0", "q" + wish, "Mehr Bänke");
        long response = jdbc.sql("select id from survey_response where phase_id = ?").param(form.phaseId())
                .query(Long.class).single();
        form.initiator().post(form.setup() + "/texte", "texte", response + ":" + wish, "zustand", "APPROVED");

        citizen.post(form.url(), "q" + often, "1", "q" + wish, "Mehr Bänke");
        String kept = jdbc.sql("select text_state from survey_answer where question_id = ?").param(wish)
                .query(String.class).single();
        citizen.post(form.url(), "q" + often, "1", "q" + wish, "Mehr Bänke und Bäume");
        String changed = jdbc.sql("select coalesce(text_state, 'offen') from survey_answer where question_id = ?")
                .param(wish).query(String.class).single();

        assertThat(kept).isEqualTo("APPROVED");
        assertThat(changed).isEqualTo("offen");
    }

    @Test
    void visitorsSeeTheResultsOfEveryNewResponseAlthoughThePageIsKeptForThem() throws Exception {
        Form form = form("SURVEY");
        long often = form.add(jdbc, "type", "SINGLE", "title", "Wie oft?", "options", "oft\nselten");
        Browser visitor = new Browser(mvc);
        Browser.loggedIn(mvc, data.account()).post(form.url(), "q" + often, "0");

        String first = body(visitor.get(form.url() + "/ergebnisse"));
        String again = body(visitor.get(form.url() + "/ergebnisse"));
        Browser.loggedIn(mvc, data.account()).post(form.url(), "q" + often, "1");
        String after = body(visitor.get(form.url() + "/ergebnisse"));
        String english = body(visitor.get(form.url() + "/ergebnisse?lang=en"));

        MvcResult gzipped = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(form.url() + "/ergebnisse").header("Accept-Encoding", "gzip, br")).andReturn();
        String unpacked = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                gzipped.getResponse().getContentAsByteArray())).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(first).contains("1 Antwort").isEqualTo(again);
        assertThat(gzipped.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(unpacked).as("browsers that accept gzip get the same page compressed").isEqualTo(after);
        assertThat(after).contains("2 Antworten", "50 %");
        assertThat(body(new Browser(mvc).get(form.project().url()))).as("the project page tells how many took part lately")
                .contains("Bisher teilgenommen: 2 online, 0 am Infostand, 0 auf Papier.",
                        "In den letzten sieben Tagen: 2, davon heute 2.");
        assertThat(english).contains("2 responses");
        assertThat(visitor.hasSession()).as("reading results starts no session").isFalse();
    }

    @Test
    void aLongListOfTextsShowsTheNewestAndSaysHowManyThereAreInAll() throws Exception {
        Form form = form("SURVEY");
        long wish = form.add(jdbc, "type", "SHORT_TEXT", "title", "Ihr Wunsch");
        for (int i = 1; i <= 55; i++) {
            surveys.addResponse(form.phaseId(), null, java.util.Map.of(wish, List.of("Wunsch Nummer " + i + ".")));
        }

        String results = body(new Browser(mvc).get(form.url() + "/ergebnisse"));

        assertThat(results).contains("55 Personen haben geantwortet", "Wunsch Nummer 55.", "Wunsch Nummer 6.",
                "Hier stehen die neuesten 50 von 55 Antworten").doesNotContain("Wunsch Nummer 5.");
    }

    @Test
    void answersSentAfterTheEndAreRefusedWithTheReasonAndStayOnThePage() throws Exception {
        TestProject project = data.project(data.organisation()).surveyPhase("Beendete Umfrage", -10, -1).create();
        long phaseId = project.phaseIds().get(0);
        long wish = surveys.addQuestion(phaseId, new Surveys.NewQuestion(QuestionType.SHORT_TEXT, "Ihr Wunsch", null,
                false, List.of(), null, null, null, null, null, null));

        MvcResult late = Browser.loggedIn(mvc, data.account()).post("/umfragen/" + phaseId, "q" + wish,
                "Ein Brunnen am Markt");

        assertThat(late.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(late)).contains("Die Phase „Beendete Umfrage“ endete am", "value=\"Ein Brunnen am Markt\"");
        assertThat(jdbc.sql("select count(*) from survey_response where phase_id = ?").param(phaseId)
                .query(Long.class).single()).isZero();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

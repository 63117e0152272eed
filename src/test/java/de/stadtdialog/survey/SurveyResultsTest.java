package de.stadtdialog.survey;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;
import de.stadtdialog.survey.Surveys.NewQuestion;

/** The results as citizens and the city's team read them, for each kind of question and purpose. */
@IntegrationTest
class SurveyResultsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;

    /** A running survey with live results, and a member of the city's team. */
    record Built(TestProject project, long phaseId, Browser staff) {

        String results() {
            return "/umfragen/" + phaseId + "/ergebnisse";
        }

        String texts() {
            return "/verwaltung/phasen/" + phaseId + "/umfrage/texte";
        }
    }

    private Built build() throws Exception {
        var organisation = data.organisation();
        TestProject project = data.project(organisation).surveyPhase("Umfrage Radverkehr", -3, 10).create();
        long phaseId = project.phaseIds().get(0);
        TestAccount account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation.id(), account.id()).update();
        surveys.configure(phaseId, null, true, true);
        return new Built(project, phaseId, Browser.loggedIn(mvc, account));
    }

    private void moderateTexts(Built survey) {
        jdbc.sql("update survey set texts_moderated = true, version = version + 1 where phase_id = ?")
                .param(survey.phaseId()).update();
    }

    private static final byte[] PICTURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private static NewQuestion question(QuestionType type, String title, List<String> options, boolean other,
            List<String> statements) {
        return new NewQuestion(type, title, null, false, options, null, null, null, null, null, null, false, other,
                false, statements, List.of(), null);
    }

    /** A paper questionnaire typed in, answers as the form sends them (see {@link Surveys#addResponse}). */
    private void answer(Built survey, Map<Long, List<String>> answers) {
        surveys.addResponse(survey.phaseId(), null, answers);
    }

    private long responseWith(String text) {
        return jdbc.sql("select response_id from survey_answer where text_value = ?").param(text).query(Long.class)
                .single();
    }

    /** A response as stored, for what the API cannot say: when it came and through which channel. */
    private long respond(Built survey, String channel, Instant at, Object[]... answers) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_response (phase_id, channel, created_at, updated_at) values (?, ?, ?, ?)")
                .params(survey.phaseId(), channel, Timestamp.from(at), Timestamp.from(Instant.now())).update(keys, "id");
        long response = keys.getKey().longValue();
        for (Object[] answer : answers) {
            jdbc.sql("insert into survey_answer (response_id, question_id, choice, number_value, text_value) "
                    + "values (?, ?, ?, ?, ?)").params(response, answer[0], answer[1], answer[2], answer[3]).update();
        }
        return response;
    }

    private static Object[] choice(long question, int choice) {
        return new Object[] { question, choice, null, null };
    }

    private static String normalized(String html) {
        return html.replaceAll("\\s+", " ").replace("> <", "><");
    }

    @Test
    void aMatrixShowsHowEachStatementWasRatedOnTheScale() throws Exception {
        Built survey = build();
        long matrix = surveys.addQuestion(survey.phaseId(), question(QuestionType.MATRIX, "Wie sicher ist Radfahren?",
                List.of("sicher", "teils", "unsicher"), false, List.of("Auf der Fackelstraße", "Am Bahnhof")));
        answer(survey, Map.of(matrix, List.of("0", "2")));
        answer(survey, Map.of(matrix, List.of("0", "2")));
        answer(survey, Map.of(matrix, List.of("1", "0")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("3 Personen haben geantwortet", "<th scope=\"col\">unsicher</th>",
                "<th scope=\"row\">Auf der Fackelstraße</th><td>2 (67 %)</td><td>1 (33 %)</td><td>0 (0 %)</td><td>3</td>",
                "<th scope=\"row\">Am Bahnhof</th><td>1 (33 %)</td><td>0 (0 %)</td><td>2 (67 %)</td><td>3</td>",
                "chart-scale--0");
    }

    @Test
    void aRankingListsOptionsByAverageRankBestFirstWithTheirFirstPlaces() throws Exception {
        Built survey = build();
        long ranking = surveys.addQuestion(survey.phaseId(), question(QuestionType.RANKING,
                "Was soll zuerst gebaut werden?", List.of("Radweg", "Fahrradbrücke", "Abstellanlage"), false,
                List.of()));
        answer(survey, Map.of(ranking, List.of("1", "0", "2")));
        answer(survey, Map.of(ranking, List.of("1", "2", "0")));
        answer(survey, Map.of(ranking, List.of("0", "1", "2")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("<th scope=\"row\">Fahrradbrücke</th><td>1,3</td><td>2</td><td>3</td>",
                "<th scope=\"row\">Radweg</th><td>2,0</td><td>1</td><td>3</td>",
                "<th scope=\"row\">Abstellanlage</th><td>2,7</td><td>0</td><td>3</td>");
        assertThat(page.indexOf("<th scope=\"row\">Fahrradbrücke")).isLessThan(page.indexOf("<th scope=\"row\">Radweg"));
        assertThat(page.indexOf("<th scope=\"row\">Radweg")).isLessThan(page.indexOf("<th scope=\"row\">Abstellanlage"));
    }

    @Test
    void whenPeopleRankOnlyTheirFavouriteMoreFirstPlacesRankHigher() throws Exception {
        Built survey = build();
        long ranking = surveys.addQuestion(survey.phaseId(), question(QuestionType.RANKING,
                "Was soll zuerst gebaut werden?", List.of("Radweg", "Fahrradbrücke", "Abstellanlage"), false,
                List.of()));
        answer(survey, Map.of(ranking, List.of("0")));
        answer(survey, Map.of(ranking, List.of("1")));
        answer(survey, Map.of(ranking, List.of("1")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("<th scope=\"row\">Fahrradbrücke</th><td>1,0</td><td>2</td><td>2</td>",
                "<th scope=\"row\">Abstellanlage</th><td>–</td><td>0</td><td>0</td>");
        assertThat(page.indexOf("<th scope=\"row\">Fahrradbrücke")).isLessThan(page.indexOf("<th scope=\"row\">Radweg"));
        assertThat(page.indexOf("<th scope=\"row\">Radweg")).isLessThan(page.indexOf("<th scope=\"row\">Abstellanlage"));
    }

    @Test
    void anImageChoiceShowsEachOptionsPictureWithItsAlternativeText() throws Exception {
        Built survey = build();
        long designs = surveys.addQuestion(survey.phaseId(), question(QuestionType.IMAGE_CHOICE,
                "Welcher Entwurf für den Platz?", List.of("Entwurf A", "Entwurf B"), false, List.of()));
        surveys.setOptionImage(designs, 0, PICTURE, "Platz mit Bäumen und Brunnen");
        surveys.setOptionImage(designs, 1, PICTURE, "Platz mit Wiese");
        for (String design : List.of("0", "1", "1", "1")) {
            answer(survey, Map.of(designs, List.of(design)));
        }

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).containsPattern("<img class=\"survey-thumb\" src=\"/dateien/[^\"]+\" "
                + "alt=\"Platz mit Bäumen und Brunnen\"").containsPattern("src=\"/dateien/[^\"]+\" alt=\"Platz mit Wiese\"");
        assertThat(page).contains(
                "<th scope=\"row\">Entwurf B</th><td>3</td><td>75 %</td>");
    }

    @Test
    void placesAreListedAsTextAndTheMapOnlyEnhancesTheList() throws Exception {
        Built survey = build();
        long place = surveys.addQuestion(survey.phaseId(), question(QuestionType.LOCATION,
                "Wo fühlen Sie sich unsicher?", List.of("Stiftsplatz; 49.44321, 7.7689"), false, List.of()));
        answer(survey, Map.of(place, List.of("0")));
        answer(survey, Map.of(place, List.of("49.440001,7.770002")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("2 Personen haben geantwortet", "<li>Stiftsplatz (49.443210, 7.768900)</li>",
                "<li>49.440001, 7.770002</li>", "data-geojson=", "/webjars/leaflet/dist/leaflet.js");
    }

    @Test
    void otherAnswersCountAsSonstigesAndTheirTextsAreListed() throws Exception {
        Built survey = build();
        long way = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Wie kommen Sie zur Arbeit?",
                List.of("Rad", "Bus"), true, List.of()));
        answer(survey, Map.of(way, List.of("0")));
        answer(survey, Map.of(way, List.of("0")));
        answer(survey, Map.of(way, List.of("other:Mit dem Tretroller")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("<th scope=\"row\">Rad</th><td>2</td><td>67 %</td>",
                "<th scope=\"row\">Sonstiges</th><td>1</td><td>33 %</td>", "Unter „Sonstiges“ genannt",
                "<li>Mit dem Tretroller</li>");
    }

    @Test
    void answersAreBrokenDownByTheChosenQuestionPerColumn() throws Exception {
        Built survey = build();
        long district = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Ihr Stadtteil",
                List.of("Innenstadt", "Betzenberg"), false, List.of()));
        long cycling = surveys.addQuestion(survey.phaseId(), question(QuestionType.YES_NO, "Fahren Sie Rad?",
                List.of(), false, List.of()));
        answer(survey, Map.of(district, List.of("0"), cycling, List.of("0")));
        answer(survey, Map.of(district, List.of("0"), cycling, List.of("0")));
        answer(survey, Map.of(district, List.of("0"), cycling, List.of("1")));
        answer(survey, Map.of(district, List.of("1"), cycling, List.of("1")));

        String page = normalized(body(new Browser(mvc).get(survey.results() + "?nach=" + district)));
        String plain = body(new Browser(mvc).get(survey.results() + "?nach="));

        assertThat(page).contains("„Fahren Sie Rad?“ nach „Ihr Stadtteil“",
                "<th scope=\"col\">Innenstadt</th><th scope=\"col\">Betzenberg</th>",
                "<th scope=\"row\">Ja</th><td>2 (67 %)</td><td>0 (0 %)</td>",
                "<th scope=\"row\">Nein</th><td>1 (33 %)</td><td>1 (100 %)</td>",
                "<th scope=\"row\">Personen</th><td>3</td><td>1</td>",
                "<option value=\"" + district + "\" selected>Ihr Stadtteil</option>");
        assertThat(plain).as("without a choice nothing is broken down").doesNotContain("nach „Ihr Stadtteil“")
                .contains("<select id=\"nach\" name=\"nach\">");
    }

    @Test
    void moderatedTextsArePublishedOnlyOnceApprovedWhileStaffSeeThemAll() throws Exception {
        Built survey = build();
        moderateTexts(survey);
        long remarks = surveys.addQuestion(survey.phaseId(), question(QuestionType.LONG_TEXT, "Anmerkungen",
                List.of(), false, List.of()));
        answer(survey, Map.of(remarks, List.of("Mehr Abstellbügel am Rathaus")));
        answer(survey, Map.of(remarks, List.of("Ein beleidigender Text")));
        answer(survey, Map.of(remarks, List.of("Bessere Beleuchtung im Park")));
        long kind = responseWith("Mehr Abstellbügel am Rathaus");
        long rude = responseWith("Ein beleidigender Text");
        Browser visitor = new Browser(mvc);

        String before = body(visitor.get(survey.results()));
        String staffView = body(survey.staff().get(survey.results()));
        String review = body(survey.staff().get(survey.texts()));
        survey.staff().post(survey.texts(), "texte", kind + ":" + remarks, "zustand", "APPROVED");
        survey.staff().post(survey.texts(), "texte", rude + ":" + remarks, "zustand", "HIDDEN");
        String after = body(visitor.get(survey.results()));
        String stillOpen = body(survey.staff().get(survey.texts()));
        survey.staff().post(survey.texts(), "alle", "true", "status", "offen", "zustand", "APPROVED");
        String allApproved = body(visitor.get(survey.results()));

        assertThat(before).doesNotContain("Mehr Abstellbügel", "beleidigender", "Beleuchtung")
                .contains("Noch keine veröffentlichten Texte.");
        assertThat(staffView).contains("Mehr Abstellbügel", "beleidigender", "Beleuchtung", "noch nicht geprüft",
                "Freitexte prüfen");
        assertThat(review).contains("3 Texte in dieser Auswahl", "Ein beleidigender Text", "name=\"texte\"",
                "value=\"" + kind + ":" + remarks + "\"");
        assertThat(after).contains("Mehr Abstellbügel am Rathaus").doesNotContain("beleidigender", "Beleuchtung");
        assertThat(stillOpen).contains("1 Text in dieser Auswahl", "Bessere Beleuchtung im Park")
                .doesNotContain("Mehr Abstellbügel");
        assertThat(allApproved).contains("Mehr Abstellbügel", "Bessere Beleuchtung im Park")
                .doesNotContain("beleidigender");
    }

    @Test
    void withoutModerationHiddenTextsDisappearFromThePublicResults() throws Exception {
        Built survey = build();
        long remarks = surveys.addQuestion(survey.phaseId(), question(QuestionType.SHORT_TEXT, "Ihr Wunsch",
                List.of(), false, List.of()));
        answer(survey, Map.of(remarks, List.of("Tempo 30 vor der Schule")));
        answer(survey, Map.of(remarks, List.of("Werbung für Kredite")));
        long spam = responseWith("Werbung für Kredite");

        String before = body(new Browser(mvc).get(survey.results()));
        survey.staff().post(survey.texts(), "texte", spam + ":" + remarks, "zustand", "HIDDEN");

        assertThat(before).contains("Tempo 30 vor der Schule", "Werbung für Kredite");
        assertThat(body(new Browser(mvc).get(survey.results()))).contains("Tempo 30 vor der Schule")
                .doesNotContain("Werbung für Kredite");
    }

    @Test
    void citizensCannotReviewTexts() throws Exception {
        Built survey = build();

        var page = Browser.loggedIn(mvc, data.account()).get(survey.texts());

        assertThat(page.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aVoteIsARankingOfOptionsByVotesShownAsCards() throws Exception {
        Built survey = build();
        surveys.setPurpose(survey.phaseId(), "VOTE");
        long designs = surveys.addQuestion(survey.phaseId(), question(QuestionType.IMAGE_CHOICE,
                "Welcher Spielplatz soll gebaut werden?", List.of("Wasserspielplatz", "Kletterwald", "Sandlandschaft"),
                false, List.of()));
        surveys.setOptionImage(designs, 1, PICTURE, "Holzgerüst zwischen Bäumen");
        for (String design : List.of("0", "1", "1", "1", "2", "2")) {
            answer(survey, Map.of(designs, List.of(design)));
        }

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).containsPattern("<img class=\"vote-ranking__image\" src=\"/dateien/[^\"]+\" "
                + "alt=\"Holzgerüst zwischen Bäumen\"");
        assertThat(page).contains("class=\"vote-ranking\"",
                "1. Platz</p><h3 class=\"vote-ranking__title\">Kletterwald</h3><p class=\"vote-ranking__count\">3 Stimmen · 50 %",
                "2. Platz</p><h3 class=\"vote-ranking__title\">Sandlandschaft</h3><p class=\"vote-ranking__count\">2 Stimmen · 33 %",
                "3. Platz</p><h3 class=\"vote-ranking__title\">Wasserspielplatz</h3><p class=\"vote-ranking__count\">1 Stimme · 17 %");
    }

    @Test
    void aQuizShowsTheHardestQuestionsFirstAndTheAverageScore() throws Exception {
        Built survey = build();
        surveys.setPurpose(survey.phaseId(), "QUIZ");
        long easy = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Wie viele Räder hat ein Fahrrad?",
                List.of("Zwei", "Drei"), false, List.of()).withSolution("Zwei.", 0));
        long hard = surveys.addQuestion(survey.phaseId(), question(QuestionType.MULTIPLE,
                "Welche Straßen sind Fahrradstraßen?", List.of("Fackelstraße", "Pirmasenser Straße", "Mühlstraße"),
                false, List.of()).withSolution("Fackel- und Mühlstraße.", 0, 2));
        answer(survey, Map.of(easy, List.of("0"), hard, List.of("0", "2")));
        answer(survey, Map.of(easy, List.of("0"), hard, List.of("0")));
        answer(survey, Map.of(easy, List.of("0"), hard, List.of("0", "1", "2")));
        answer(survey, Map.of(easy, List.of("1"), hard, List.of("1")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("Durchschnittlich 1,0 von 2 Punkten", "Die schwierigsten Fragen zuerst",
                "Welche Straßen sind Fahrradstraßen?</a></th><td>25 %</td><td>4</td>",
                "Wie viele Räder hat ein Fahrrad?</a></th><td>75 %</td><td>4</td>");
        assertThat(page.indexOf("Welche Straßen sind Fahrradstraßen?</a>"))
                .isLessThan(page.indexOf("Wie viele Räder hat ein Fahrrad?</a>"));
    }

    @Test
    void applicationResultsAreRefusedToThePublicButShownToStaff() throws Exception {
        Built survey = build();
        surveys.setPurpose(survey.phaseId(), "APPLICATION");
        long age = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Ihr Alter",
                List.of("14 bis 17", "18 und älter"), false, List.of()));
        answer(survey, Map.of(age, List.of("1")));

        var visitor = new Browser(mvc).get(survey.results());
        var citizen = Browser.loggedIn(mvc, data.account()).get(survey.results());
        String staffView = body(survey.staff().get(survey.results()));
        String projectPage = body(new Browser(mvc).get(survey.project().url()));

        assertThat(visitor.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(visitor)).contains("Die Angaben in Bewerbungen sind vertraulich");
        assertThat(citizen.getResponse().getStatus()).isEqualTo(403);
        assertThat(staffView).contains("Dies ist ein Bewerbungsformular", "18 und älter");
        assertThat(projectPage).doesNotContain(survey.results());
    }

    @Test
    void participationIsCountedPerDayAndPerChannel() throws Exception {
        Built survey = build();
        long cycling = surveys.addQuestion(survey.phaseId(), question(QuestionType.YES_NO, "Fahren Sie Rad?",
                List.of(), false, List.of()));
        Instant monday = Instant.parse("2026-05-04T10:00:00Z");
        Instant tuesday = Instant.parse("2026-05-05T10:00:00Z");
        respond(survey, "ONLINE", monday, choice(cycling, 0));
        respond(survey, "ONLINE", monday, choice(cycling, 0));
        respond(survey, "KIOSK", monday, choice(cycling, 1));
        respond(survey, "PAPER", tuesday, choice(cycling, 1));
        respond(survey, "PAPER", tuesday.plus(java.time.Duration.ofDays(2)), choice(cycling, 1));

        String page = normalized(body(new Browser(mvc).get(survey.results())));
        String projectPage = body(new Browser(mvc).get(survey.project().url()));
        String kiosk = normalized(body(new Browser(mvc).get(survey.results() + "?kanal=kiosk")));

        assertThat(page).contains("5 Antworten",
                "<tbody><tr><td>2</td><td>1</td><td>2</td><td>5</td></tr></tbody>",
                "<th scope=\"row\">4. Mai 2026</th><td>2</td><td>1</td><td>0</td><td>3</td>",
                "<th scope=\"row\">5. Mai 2026</th><td>0</td><td>0</td><td>1</td><td>1</td>",
                "<th scope=\"row\">6. Mai 2026</th><td>0</td><td>0</td><td>0</td><td>0</td>",
                "<th scope=\"row\">7. Mai 2026</th><td>0</td><td>0</td><td>1</td><td>1</td>",
                "chart-channel--kiosk");
        assertThat(projectPage).contains("Bisher teilgenommen: 2 online, 1 am Infostand, 2 auf Papier.");
        assertThat(kiosk).contains("<th scope=\"row\">Nein</th><td>1</td><td>100 %</td>");
    }

    @Test
    void answersFromTheApiCountLikeTheFormsAnswers() throws Exception {
        Built survey = build();
        long cycling = surveys.addQuestion(survey.phaseId(), NewQuestion.choice(QuestionType.SINGLE,
                "Wie oft fahren Sie Rad?", true, "Täglich", "Selten"));
        surveys.addResponse(survey.phaseId(), null, Map.of(cycling, List.of("0")));
        surveys.addResponse(survey.phaseId(), null, Map.of(cycling, List.of("1")));

        String page = normalized(body(new Browser(mvc).get(survey.results())));

        assertThat(page).contains("<th scope=\"row\">Täglich</th><td>1</td><td>50 %</td>",
                "2 Antworten (0 online, 2 auf Papier)");
    }
}

package de.stadtdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.survey.Surveys.NewQuestion;

/** What the staff find in the CSV and XLSX of a survey for each kind of question. */
@IntegrationTest
class SurveyExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    /** A survey phase and its initiator, who may download the exports. */
    record Built(long phaseId, Browser initiator) {
    }

    private Built survey() throws Exception {
        var organisation = data.organisation();
        long phaseId = data.project(organisation).surveyPhase("Umfrage Marktplatz", -1, 10).create().phaseIds().get(0);
        var account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation.id(), account.id()).update();
        return new Built(phaseId, Browser.loggedIn(mvc, account));
    }

    private static NewQuestion question(QuestionType type, String title, List<String> options, List<String> statements,
            boolean otherOption) {
        return new NewQuestion(type, title, null, false, options, null, null, null, null, null, null, false,
                otherOption, false, statements, List.of(), null);
    }

    /**
     * A paper response with answer rows as the form stores them: the option's position in choice, a
     * matrix statement's position with its point of the scale, an option with its rank.
     */
    private long response(long phaseId, Integer score, Object[]... answers) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into survey_response (phase_id, channel, created_at, updated_at, score) "
                + "values (?, 'PAPER', ?, ?, ?)").params(phaseId, now, now, score).update(keys, "id");
        long response = keys.getKey().longValue();
        for (Object[] a : answers) {
            jdbc.sql("insert into survey_answer (response_id, question_id, choice, number_value, text_value) "
                    + "values (?, ?, ?, ?, ?)").params(response, a[0], a[1], a[2], a[3]).update();
        }
        return response;
    }

    private static Object[] answer(long question, Integer choice, Double number, String text) {
        return new Object[] { question, choice, number, text };
    }

    /** The CSV's rows, each a list of its cells without the quotes. */
    private List<List<String>> csv(Built survey) throws Exception {
        String csv = survey.initiator().get("/verwaltung/phasen/" + survey.phaseId() + "/export/csv").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return csv.replace("\uFEFF", "").lines().map(line -> Arrays.stream(line.split(";", -1))
                .map(cell -> cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell)
                .toList()).toList();
    }

    /** The cell of the response's row in the named column. */
    private static String cell(List<List<String>> csv, long response, String column) {
        int index = csv.get(0).indexOf(column);
        assertThat(index).as("column " + column + " in " + csv.get(0)).isNotNegative();
        return csv.stream().filter(row -> row.get(0).equals(String.valueOf(response))).findFirst().orElseThrow()
                .get(index);
    }

    @Test
    void aMatrixHasAColumnPerStatementWithTheChosenPointOfTheScale() throws Exception {
        Built survey = survey();
        long matrix = surveys.addQuestion(survey.phaseId(), question(QuestionType.MATRIX, "Wie zufrieden sind Sie?",
                List.of("gar nicht", "teils", "sehr"), List.of("Sauberkeit", "Sicherheit", "Bänke"), false));
        long content = response(survey.phaseId(), null, answer(matrix, 0, 2.0, null), answer(matrix, 1, 0.0, null));

        List<List<String>> csv = csv(survey);

        assertThat(csv.get(0)).containsSubsequence("Wie zufrieden sind Sie?: Sauberkeit",
                "Wie zufrieden sind Sie?: Sicherheit", "Wie zufrieden sind Sie?: Bänke");
        assertThat(cell(csv, content, "Wie zufrieden sind Sie?: Sauberkeit")).isEqualTo("sehr");
        assertThat(cell(csv, content, "Wie zufrieden sind Sie?: Sicherheit")).isEqualTo("gar nicht");
        assertThat(cell(csv, content, "Wie zufrieden sind Sie?: Bänke")).as("a statement left out").isEmpty();
    }

    @Test
    void aRankingHasAColumnPerOptionWithItsRank() throws Exception {
        Built survey = survey();
        long ranking = surveys.addQuestion(survey.phaseId(), question(QuestionType.RANKING,
                "Was ist Ihnen am wichtigsten?", List.of("Bäume", "Brunnen", "Parkplätze"), List.of(), false));
        long ranked = response(survey.phaseId(), null, answer(ranking, 2, 1.0, null), answer(ranking, 0, 2.0, null),
                answer(ranking, 1, 3.0, null));
        long firstOnly = response(survey.phaseId(), null, answer(ranking, 1, 1.0, null));

        List<List<String>> csv = csv(survey);

        assertThat(cell(csv, ranked, "Was ist Ihnen am wichtigsten?: Bäume")).isEqualTo("2");
        assertThat(cell(csv, ranked, "Was ist Ihnen am wichtigsten?: Brunnen")).isEqualTo("3");
        assertThat(cell(csv, ranked, "Was ist Ihnen am wichtigsten?: Parkplätze")).isEqualTo("1");
        assertThat(cell(csv, firstOnly, "Was ist Ihnen am wichtigsten?: Brunnen")).isEqualTo("1");
        assertThat(cell(csv, firstOnly, "Was ist Ihnen am wichtigsten?: Bäume")).isEmpty();
    }

    @Test
    void anImageChoiceShowsTheChosenDesignsLabel() throws Exception {
        Built survey = survey();
        long design = surveys.addQuestion(survey.phaseId(), question(QuestionType.IMAGE_CHOICE,
                "Welcher Entwurf gefällt Ihnen?", List.of("Entwurf A: Wasserspiel", "Entwurf B: Wiese"), List.of(),
                false));
        long chose = response(survey.phaseId(), null, answer(design, 1, null, null));

        assertThat(cell(csv(survey), chose, "Welcher Entwurf gefällt Ihnen?")).isEqualTo("Entwurf B: Wiese");
    }

    @Test
    void aLocationIsOneColumnWithLatitudeAndLongitude() throws Exception {
        Built survey = survey();
        long place = surveys.addQuestion(survey.phaseId(), question(QuestionType.LOCATION, "Wo fehlt eine Bank?",
                List.of(), List.of(), false));
        long marked = response(survey.phaseId(), null, answer(place, null, null, "49.443210,7.768900"));

        assertThat(cell(csv(survey), marked, "Wo fehlt eine Bank?")).isEqualTo("49.443210,7.768900");
    }

    @Test
    void sonstigesShowsTheTypedTextInTheCellOrInAColumnOfItsOwnForMultipleChoice() throws Exception {
        Built survey = survey();
        long single = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Wie kommen Sie her?",
                List.of("Zu Fuß", "Rad", "Bus"), List.of(), true));
        long dropdown = surveys.addQuestion(survey.phaseId(), question(QuestionType.DROPDOWN, "Ihr Stadtteil",
                List.of("Innenstadt", "Betzenberg"), List.of(), true));
        long multiple = surveys.addQuestion(survey.phaseId(), question(QuestionType.MULTIPLE, "Was fehlt?",
                List.of("Schatten", "Spielplatz"), List.of(), true));
        long other = response(survey.phaseId(), null, answer(single, -1, null, "Mit dem Roller"),
                answer(dropdown, -1, null, "Erfenbach"), answer(multiple, 1, null, null),
                answer(multiple, -1, null, "Trinkbrunnen"));
        long listed = response(survey.phaseId(), null, answer(single, 1, null, null), answer(dropdown, 0, null, null),
                answer(multiple, 0, null, null));

        List<List<String>> csv = csv(survey);

        assertThat(csv.get(0)).containsSubsequence("Was fehlt?: Schatten", "Was fehlt?: Spielplatz",
                "Was fehlt?: Sonstiges");
        assertThat(cell(csv, other, "Wie kommen Sie her?")).isEqualTo("Sonstiges: Mit dem Roller");
        assertThat(cell(csv, other, "Ihr Stadtteil")).isEqualTo("Sonstiges: Erfenbach");
        assertThat(cell(csv, other, "Was fehlt?: Schatten")).isEqualTo("0");
        assertThat(cell(csv, other, "Was fehlt?: Spielplatz")).isEqualTo("1");
        assertThat(cell(csv, other, "Was fehlt?: Sonstiges")).isEqualTo("Trinkbrunnen");
        assertThat(cell(csv, listed, "Wie kommen Sie her?")).isEqualTo("Rad");
        assertThat(cell(csv, listed, "Ihr Stadtteil")).isEqualTo("Innenstadt");
        assertThat(cell(csv, listed, "Was fehlt?: Schatten")).isEqualTo("1");
        assertThat(cell(csv, listed, "Was fehlt?: Sonstiges")).isEmpty();
    }

    @Test
    void aQuizHasTheScoreOfEachResponseAndASurveyHasNone() throws Exception {
        Built survey = survey();
        long question = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE,
                "Wie viele Stadtteile hat Kaiserslautern?", List.of("12", "18", "24"), List.of(), false)
                .withSolution("Es sind 18.", 1));
        long right = response(survey.phaseId(), 1, answer(question, 1, null, null));
        long wrong = response(survey.phaseId(), 0, answer(question, 2, null, null));

        List<String> surveyHeader = csv(survey).get(0);
        // the purpose has no form field yet; the quiz settings set it
        jdbc.sql("update survey set purpose = 'QUIZ' where phase_id = ?").param(survey.phaseId()).update();
        List<List<String>> quiz = csv(survey);

        assertThat(surveyHeader).doesNotContain("punkte");
        assertThat(quiz.get(0)).startsWith("antwort", "kanal", "zeit", "punkte");
        assertThat(cell(quiz, right, "punkte")).isEqualTo("1");
        assertThat(cell(quiz, wrong, "punkte")).isEqualTo("0");
        assertThat(cell(quiz, right, "Wie viele Stadtteile hat Kaiserslautern?")).isEqualTo("18");
    }

    @Test
    void theSpreadsheetHasTheSameColumnsAndCells() throws Exception {
        Built survey = survey();
        long matrix = surveys.addQuestion(survey.phaseId(), question(QuestionType.MATRIX, "Wie zufrieden sind Sie?",
                List.of("gar nicht", "sehr"), List.of("Sauberkeit", "Sicherheit"), false));
        long single = surveys.addQuestion(survey.phaseId(), question(QuestionType.SINGLE, "Wie kommen Sie her?",
                List.of("Zu Fuß", "Rad"), List.of(), true));
        response(survey.phaseId(), null, answer(matrix, 1, 1.0, null), answer(single, -1, null, "Mit dem Roller"));

        byte[] xlsx = survey.initiator().get("/verwaltung/phasen/" + survey.phaseId() + "/export/xlsx").getResponse()
                .getContentAsByteArray();
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }

        assertThat(sheet).contains(">Wie zufrieden sind Sie?: Sicherheit<", ">sehr<", ">Sonstiges: Mit dem Roller<");
        List<String> rows = new ArrayList<>(Arrays.asList(sheet.split("<row ")));
        assertThat(rows).hasSize(3);
    }
}

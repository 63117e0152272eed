package de.stadtdialog.survey;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestOrganisation;

/** Seats on an advisory board drawn by lot among the eligible applicants of an application form. */
@IntegrationTest
class LotteryTest {

    private static final String SEED = "2026-06-06 Lotto 3 11 19 27 38 45 – Ziehung im Rathaus";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** An application form whose application period has ended, with the initiator's browser. */
    record Board(TestOrganisation organisation, long phaseId, Browser initiator, long name, long birth, long resident,
            long ageGroup) {

        String admin() {
            return "/verwaltung/phasen/" + phaseId + "/umfrage/losverfahren";
        }

        String record() {
            return "/umfragen/" + phaseId + "/losverfahren";
        }
    }

    private Board board(int startOffset, int endOffset) throws Exception {
        TestOrganisation organisation = data.organisation();
        long phaseId = data.project(organisation).title("Beirat für Bürgerbeteiligung")
                .surveyPhase("Bewerbung um einen Sitz", startOffset, endOffset).create().phaseIds().get(0);
        long name = surveys.addQuestion(phaseId, new Surveys.NewQuestion(QuestionType.SHORT_TEXT, "Ihr Name", null,
                true, List.of(), null, null, null, null, null, null));
        long birth = surveys.addQuestion(phaseId, new Surveys.NewQuestion(QuestionType.DATE, "Ihr Geburtsdatum",
                null, false, List.of(), null, null, null, null, null, null));
        long resident = surveys.addQuestion(phaseId, new Surveys.NewQuestion(QuestionType.YES_NO,
                "Wohnen Sie in Kaiserslautern?", null, true, List.of(), null, null, null, null, null, null));
        long ageGroup = surveys.addQuestion(phaseId, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Ihre Altersgruppe", false, "16 bis 29 Jahre", "30 bis 59 Jahre", "60 Jahre und älter"));
        surveys.setPurpose(phaseId, "APPLICATION");
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        return new Board(organisation, phaseId, initiator, name, birth, resident, ageGroup);
    }

    /** Applications period over since yesterday. */
    private Board closedBoard() throws Exception {
        return board(-20, -1);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A paper application; a null birth date or group leaves the question unanswered. */
    private long apply(Board board, String name, LocalDate birth, boolean resident, Integer group) {
        Map<Long, List<String>> answers = new HashMap<>();
        answers.put(board.name(), List.of(name));
        answers.put(board.resident(), List.of(resident ? "0" : "1"));
        if (birth != null) {
            answers.put(board.birth(), List.of(birth.toString()));
        }
        if (group != null) {
            answers.put(board.ageGroup(), List.of(String.valueOf(group)));
        }
        surveys.addResponse(board.phaseId(), null, answers);
        return jdbc.sql("select max(id) from survey_response where phase_id = ?").param(board.phaseId())
                .query(Long.class).single();
    }

    private List<Long> applyMany(Board board, int count) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(apply(board, "Bewerber:in " + i, today().minusYears(20 + 3 * i), true, i % 3));
        }
        return numbers;
    }

    /** The applicant numbers on the public record in the order listed: seats, then the waiting list. */
    private static List<Long> listedNumbers(String page) {
        int annulled = page.indexOf("Annullierte Ziehungen");
        Matcher matcher = Pattern.compile("Nr\\. (\\d+)</li>")
                .matcher(annulled < 0 ? page : page.substring(0, annulled));
        List<Long> numbers = new ArrayList<>();
        while (matcher.find()) {
            numbers.add(Long.parseLong(matcher.group(1)));
        }
        return numbers;
    }

    private List<Long> storedOrder(Board board) {
        return jdbc.sql("select e.response_id from survey_lottery_draw_entry e join survey_lottery_draw d "
                + "on d.id = e.draw_id where d.phase_id = ? and d.annulled_at is null order by e.place")
                .param(board.phaseId()).query(Long.class).list();
    }

    private long draws(Board board) {
        return jdbc.sql("select count(*) from survey_lottery_draw where phase_id = ?").param(board.phaseId())
                .query(Long.class).single();
    }

    /**
     * The algorithm as the public record page describes it, written again here with other means, so a
     * change to the platform's code that the description does not follow fails this test.
     */
    static List<Long> documentedOrder(List<Long> eligible, String seed) throws Exception {
        List<Long> numbers = new ArrayList<>(new TreeSet<>(eligible));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        BigInteger range = BigInteger.TWO.pow(48);
        int block = 0;
        for (int i = numbers.size() - 1; i >= 1; i--) {
            BigInteger bound = BigInteger.valueOf(i + 1);
            BigInteger limit = range.subtract(range.mod(bound));
            BigInteger x;
            do {
                byte[] hash = sha256.digest((seed + ":" + block++).getBytes(StandardCharsets.UTF_8));
                x = new BigInteger(1, Arrays.copyOf(hash, 6));
            } while (x.compareTo(limit) >= 0);
            Collections.swap(numbers, i, x.mod(bound).intValueExact());
        }
        return numbers;
    }

    @Test
    void theTestsReadingOfTheAlgorithmAgreesWithThePythonProgramOnTheRecordPage() throws Exception {
        // printed by the Python program the record page publishes, run outside the platform
        assertThat(documentedOrder(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), "Beirat 2026"))
                .containsExactly(9L, 3L, 1L, 8L, 2L, 5L, 10L, 7L, 6L, 4L);
        assertThat(documentedOrder(List.of(501L, 17L, 230L, 42L, 99L, 1000L, 3L),
                "2026-06-06 Lotto 3 11 19 27 38 45 – Ä")).containsExactly(1000L, 230L, 17L, 3L, 42L, 501L, 99L);
    }

    @Test
    void theSameSeedAndApplicantsGiveTheSameSeatsAndOrderAsTheDocumentedAlgorithm() throws Exception {
        Board board = closedBoard();
        List<Long> applicants = applyMany(board, 12);

        board.initiator().post(board.admin() + "/ziehung", "seats", "5", "seed", SEED);
        String first = body(new Browser(mvc).get(board.record()));
        List<Long> firstOrder = storedOrder(board);
        board.initiator().post(board.admin() + "/ziehungen/" + jdbc.sql("select max(id) from survey_lottery_draw "
                + "where phase_id = ?").param(board.phaseId()).query(Long.class).single() + "/annullieren", "grund",
                "Probelauf: dieselbe Ziehung noch einmal.");
        board.initiator().post(board.admin() + "/ziehung", "seats", "5", "seed", "  " + SEED + " ");
        String second = body(new Browser(mvc).get(board.record()));

        List<Long> expected = documentedOrder(applicants, SEED);
        assertThat(firstOrder).as("stored order").isEqualTo(expected);
        assertThat(storedOrder(board)).as("the same order again").isEqualTo(expected);
        assertThat(listedNumbers(first)).as("the public record lists seats, then the waiting list")
                .isEqualTo(expected);
        assertThat(listedNumbers(second)).isEqualTo(expected);
        assertThat(second).contains(SEED, "stadtdialog-los-1", "12 Bewerbungen, davon 12 teilnahmeberechtigt",
                "Probelauf: dieselbe Ziehung noch einmal.", "vorab angekündigt",
                String.join(", ", new TreeSet<>(applicants).stream().map(String::valueOf).toList()),
                "hashlib.sha256");
        assertThat(jdbc.sql("select count(*) from survey_lottery_draw_entry e join survey_lottery_draw d on "
                + "d.id = e.draw_id where d.phase_id = ? and d.annulled_at is null and e.seat").param(board.phaseId())
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void quotasReserveSeatsPerGroupAndTheOtherSeatsGoToTheEarliestRemaining() throws Exception {
        Board board = closedBoard();
        Map<Long, Integer> groups = new HashMap<>();
        // many in the middle group, few young and old
        for (int i = 0; i < 14; i++) {
            int group = i < 2 ? 0 : i < 4 ? 2 : 1;
            groups.put(apply(board, "Person " + i, today().minusYears(group == 0 ? 20 : group == 1 ? 40 : 70),
                    true, group), group);
        }
        long withoutGroup = apply(board, "Ohne Angabe", today().minusYears(35), true, null);

        String form = body(board.initiator().get(board.admin() + "?quotenfrage=" + board.ageGroup()));
        board.initiator().post(board.admin() + "/ziehung", "seats", "5", "quotaQuestion",
                String.valueOf(board.ageGroup()), "quota-0", "1", "quota-1", "1", "quota-2", "2", "seed", SEED);

        assertThat(form).contains("Sitze für „16 bis 29 Jahre“", "Sitze für „60 Jahre und älter“");
        List<Long> eligible = new ArrayList<>(groups.keySet());
        eligible.add(withoutGroup);
        List<Long> order = documentedOrder(eligible, SEED);
        // step 4 of the record page: each group's first in drawn order take its reserved seats, then the earliest
        Map<Integer, Integer> left = new HashMap<>(Map.of(0, 1, 1, 1, 2, 2));
        Set<Long> seated = new HashSet<>();
        for (long number : order) {
            Integer group = groups.get(number);
            if (group != null && left.get(group) > 0) {
                seated.add(number);
                left.merge(group, -1, Integer::sum);
            }
        }
        for (long number : order) {
            if (seated.size() < 5) {
                seated.add(number);
            }
        }
        List<Long> expectedSeats = order.stream().filter(seated::contains).toList();
        List<Long> seats = jdbc.sql("select e.response_id from survey_lottery_draw_entry e join survey_lottery_draw d "
                + "on d.id = e.draw_id where d.phase_id = ? and e.seat order by e.place").param(board.phaseId())
                .query(Long.class).list();
        assertThat(seats).containsExactlyElementsOf(expectedSeats);
        assertThat(seats).as("every group has its reserved seats")
                .filteredOn(n -> Integer.valueOf(0).equals(groups.get(n))).hasSizeGreaterThanOrEqualTo(1);
        assertThat(seats).filteredOn(n -> Integer.valueOf(1).equals(groups.get(n))).hasSizeGreaterThanOrEqualTo(1);
        assertThat(seats).filteredOn(n -> Integer.valueOf(2).equals(groups.get(n))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(body(new Browser(mvc).get(board.record()))).contains("Quoten nach „Ihre Altersgruppe“",
                "60 Jahre und älter: 2 Sitze reserviert", "16 bis 29 Jahre: 1 Sitz reserviert",
                "wird deshalb nicht veröffentlicht");
        assertThat(body(board.initiator().get(board.admin()))).contains("Quote", "allgemein");
    }

    @Test
    void quotasLargerThanTheSeatsAreRefused() throws Exception {
        Board board = closedBoard();
        applyMany(board, 4);

        String page = body(board.initiator().post(board.admin() + "/ziehung", "seats", "2", "quotaQuestion",
                String.valueOf(board.ageGroup()), "quota-0", "2", "quota-1", "1", "seed", SEED));

        assertThat(page).contains("Die Quoten reservieren 3 Sitze, es gibt aber nur 2.", "value=\"2\"");
        assertThat(draws(board)).isZero();
    }

    @Test
    void aTypedSeedIsNeverSilentlyReplacedByAGeneratedOne() throws Exception {
        Board board = closedBoard();
        applyMany(board, 4);

        String page = body(board.initiator().post(board.admin() + "/ziehung", "seats", "2", "seed", SEED,
                "generateSeed", "true"));

        assertThat(page).contains("Sie haben einen Startwert eingegeben und zugleich „erzeugen“ gewählt.");
        assertThat(draws(board)).isZero();
    }

    @Test
    void ineligibleApplicantsAreNeverDrawnAndStaffSeeTheReason() throws Exception {
        Board board = closedBoard();
        board.initiator().post(board.admin() + "/regeln", "kind", "AGE", "dateQuestion",
                String.valueOf(board.birth()), "minAge", "16");
        board.initiator().post(board.admin() + "/regeln", "kind", "ANSWER", "answer", board.resident() + ":0");
        long sixteenToday = apply(board, "Hat heute Geburtstag", today().minusYears(16), true, 0);
        long sixteenTomorrow = apply(board, "Hat morgen Geburtstag", today().minusYears(16).plusDays(1), true, 0);
        long elsewhere = apply(board, "Wohnt in Landstuhl", today().minusYears(40), false, 1);
        long noBirthDate = apply(board, "Ohne Geburtsdatum", null, true, 1);
        long eligible = apply(board, "Wohnt in Kaiserslautern", today().minusYears(65), true, 2);

        String page = body(board.initiator().get(board.admin()));
        board.initiator().post(board.admin() + "/ziehung", "seats", "10", "seed", SEED);

        assertThat(page).contains("Mindestens 16 Jahre alt am Tag der Auslosung (laut „Ihr Geburtsdatum“)",
                "Bei „Wohnen Sie in Kaiserslautern?“ die Antwort „Ja“", "5 Bewerbungen, davon 2 teilnahmeberechtigt",
                "Jünger als 16 Jahre am Tag der Auslosung",
                "Bei „Wohnen Sie in Kaiserslautern?“ nicht „Ja“ geantwortet", "Keine Angabe bei „Ihr Geburtsdatum“");
        assertThat(storedOrder(board)).containsExactlyInAnyOrder(sixteenToday, eligible)
                .doesNotContain(sixteenTomorrow, elsewhere, noBirthDate);
        assertThat(body(new Browser(mvc).get(board.record()))).contains("5 Bewerbungen, davon 2 teilnahmeberechtigt",
                "Mindestens 16 Jahre alt am Tag der Auslosung");
    }

    @Test
    void aSecondDrawIsRefusedUntilTheFirstIsAnnulledWithAReasonThatStaysOnRecord() throws Exception {
        Board board = closedBoard();
        applyMany(board, 6);
        board.initiator().post(board.admin() + "/ziehung", "seats", "3", "seed", SEED);
        long first = jdbc.sql("select id from survey_lottery_draw where phase_id = ?").param(board.phaseId())
                .query(Long.class).single();

        String again = body(board.initiator().post(board.admin() + "/ziehung", "seats", "3", "seed", "anders"));
        String rule = body(board.initiator().post(board.admin() + "/regeln", "kind", "ANSWER", "answer",
                board.resident() + ":0"));
        String withoutReason = board.initiator().post(board.admin() + "/ziehungen/" + first + "/annullieren",
                "grund", " ").getResponse().getRedirectedUrl();
        board.initiator().post(board.admin() + "/ziehungen/" + first + "/annullieren", "grund",
                "Der Startwert wurde falsch abgetippt.");
        String redrawn = board.initiator().post(board.admin() + "/ziehung", "seats", "3", "seed", "richtig")
                .getResponse().getRedirectedUrl();

        assertThat(again).contains("Es gibt schon eine gültige Ziehung");
        assertThat(rule).contains("lassen sich die Teilnahmevoraussetzungen nicht ändern");
        assertThat(body(board.initiator().get(withoutReason))).contains("Bitte begründen Sie die Annullierung");
        assertThat(redrawn).endsWith("#ergebnis");
        assertThat(draws(board)).isEqualTo(2);
        String record = body(new Browser(mvc).get(board.record()));
        assertThat(record).contains("Annullierte Ziehungen", "Der Startwert wurde falsch abgetippt.", "richtig",
                SEED);
    }

    @Test
    void thePublicRecordShowsNumbersButNoNamesOrAnswersWhileStaffSeeBoth() throws Exception {
        Board board = closedBoard();
        var person = data.account();
        surveys.addResponse(board.phaseId(), person.id(), Map.of(board.name(), List.of("Erika Mustermann"),
                board.birth(), List.of("1961-03-14"), board.resident(), List.of("0")));
        apply(board, "Max Beispiel", LocalDate.of(1990, 7, 1), true, 1);
        board.initiator().post(board.admin() + "/ziehung", "seats", "1", "generateSeed", "true");

        String record = body(new Browser(mvc).get(board.record()));
        String staff = body(board.initiator().get(board.admin()));
        var csv = board.initiator().get(board.admin() + "/ergebnis.csv").getResponse();

        assertThat(record).contains("von der Plattform erzeugt", "Nr. ").doesNotContain("Erika Mustermann",
                "Max Beispiel", person.username(), "1961-03-14", "1990-07-01");
        assertThat(jdbc.sql("select seed from survey_lottery_draw where phase_id = ?").param(board.phaseId())
                .query(String.class).single()).matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}");
        assertThat(staff).contains("Erika Mustermann", "Max Beispiel", person.username(), "Max Beispiel (auf Papier)");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("\"sitz\"", "\"warteliste\"",
                "\"Erika Mustermann\"", "\"Max Beispiel\"", "\"1961-03-14\"");
    }

    @Test
    void onlyStaffWhoManageTheSurveyMayDrawOrSeeTheApplicants() throws Exception {
        Board board = closedBoard();
        applyMany(board, 3);
        Browser citizen = Browser.loggedIn(mvc, data.account());
        Browser moderator = Browser.loggedIn(mvc, data.member(board.organisation(), OrgRole.MODERATOR));
        Browser visitor = new Browser(mvc);

        assertThat(citizen.get(board.admin()).getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.post(board.admin() + "/ziehung", "seats", "1", "seed", SEED).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(moderator.post(board.admin() + "/ziehung", "seats", "1", "seed", SEED).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(citizen.get(board.admin() + "/ergebnis.csv").getResponse().getStatus()).isEqualTo(403);
        assertThat(visitor.post(board.admin() + "/regeln", "kind", "ANSWER", "answer", board.resident() + ":1")
                .getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(draws(board)).isZero();
        assertThat(jdbc.sql("select count(*) from survey_lottery_rule where phase_id = ?").param(board.phaseId())
                .query(Long.class).single()).isZero();
        assertThat(body(visitor.get(board.record()))).contains("Die Auslosung hat noch nicht stattgefunden.");
    }

    @Test
    void theDrawWaitsUntilApplicationsHaveClosed() throws Exception {
        Board board = board(-5, 5);
        applyMany(board, 3);

        String page = body(board.initiator().get(board.admin()));
        String refused = body(board.initiator().post(board.admin() + "/ziehung", "seats", "1", "seed", SEED));

        assertThat(page).contains("Die Bewerbungsfrist läuft noch bis zum")
                .doesNotContain("Jetzt verbindlich auslosen");
        assertThat(refused).contains("Die Bewerbungsfrist läuft noch bis zum");
        assertThat(draws(board)).isZero();
    }

    @Test
    void aSurveyThatIsNoApplicationFormHasNoLottery() throws Exception {
        TestOrganisation organisation = data.organisation();
        long phaseId = data.project(organisation).surveyPhase("Umfrage", -5, -1).create().phaseIds().get(0);
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));

        assertThat(initiator.get("/verwaltung/phasen/" + phaseId + "/umfrage/losverfahren").getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(new Browser(mvc).get("/umfragen/" + phaseId + "/losverfahren").getResponse().getStatus())
                .isEqualTo(404);
    }
}

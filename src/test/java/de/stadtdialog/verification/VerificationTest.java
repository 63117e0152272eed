package de.stadtdialog.verification;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

/** Residents verify themselves by the register, by letter or in person, and phases for residents admit them. */
@IntegrationTest
class VerificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Verifications verifications;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private TestProject residentsOnly(TestOrganisation organisation) {
        return data.project(organisation).ideaPhase("Abstimmung", "collect", -1, 10, Requirement.VERIFIED).create();
    }

    /** The register of a city where one person lives; the surname is unique to the test. */
    private record Person(String surname, String district) {
    }

    private Person uploadRegisterWithOnePerson() throws Exception {
        // letters only, so that the surname stays a name however it is normalised
        String tag = TestData.unique("").chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
        String surname = "Müller-Weiß " + tag;
        String district = TestData.unique("Stadtteil ");
        taxonomy.addDistrict(district);
        String csv = "Nachname;Vorname;Geburtsdatum;PLZ;Stadtteil\n"
                + "\"" + surname + "\";Anna Lena;03.02.1990;67655;" + district + "\n"
                + "Schmidt" + tag + ";Karl;1950-11-30;67657;\n";
        Browser admin = Browser.loggedIn(mvc, data.admin());
        MvcResult upload = admin.upload("/verwaltung/verifizierung/melderegister",
                new MockMultipartFile("datei", "melderegister.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(upload.getResponse().getRedirectedUrl()).isEqualTo("/verwaltung/verifizierung?hochgeladen=2");
        return new Person(surname, district);
    }

    private MvcResult matchRegister(Browser citizen, String surname, String firstName, String birthDate,
            String postcode) throws Exception {
        return citizen.post("/konto/verifizierung/melderegister", "surname", surname, "firstName", firstName,
                "birthDate", birthDate, "postcode", postcode);
    }

    @Test
    void aCitizenFoundInTheRegisterWithTheirNameWrittenDifferentlyTakesPartInAPhaseForResidents() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        TestProject project = residentsOnly(data.organisation());
        TestAccount account = data.account();
        Browser citizen = Browser.loggedIn(mvc, account);

        MvcResult before = citizen.get(project.ideas() + "/neu");
        assertThat(before.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(before)).contains("nur verifizierte Einwohner:innen", "href=\"/konto/verifizierung\"");

        String typed = "  " + person.surname().toUpperCase().replace("Ü", "UE").replace("SS", "ß").replace("-", "  ");
        MvcResult match = matchRegister(citizen, typed, "anna-lena", "1990-02-03", " 67655 ");
        assertThat(match.getResponse().getRedirectedUrl()).isEqualTo("/konto/verifizierung?verifiziert=");

        String status = body(citizen.get("/konto/verifizierung"));
        assertThat(status).contains("Sie sind verifiziert bis zum", "Abgleich mit dem Melderegister", person.district(),
                "3. Februar 1990");
        assertThat(citizen.get(project.ideas() + "/neu").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void wrongDetailsGiveAFormErrorAndNoVerification() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        TestAccount account = data.account();
        Browser citizen = Browser.loggedIn(mvc, account);

        MvcResult wrongDate = matchRegister(citizen, person.surname(), "Anna Lena", "1990-03-02", "67655");
        assertThat(wrongDate.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(wrongDate)).contains("Im Melderegister steht keine Person mit diesen Angaben",
                "value=\"" + person.surname() + "\"");
        MvcResult badPostcode = matchRegister(citizen, person.surname(), "Anna Lena", "1990-02-03", "6765");
        assertThat(body(badPostcode)).contains("Postleitzahl mit fünf Ziffern");
        assertThat(verifications.of(account.id())).isEmpty();
    }

    @Test
    void aRegisterRowVerifiesOneAccountOnlyAlsoAfterItsVerificationWasRemoved() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        TestAccount firstAccount = data.account();
        Browser first = Browser.loggedIn(mvc, firstAccount);
        matchRegister(first, person.surname(), "Anna Lena", "1990-02-03", "67655");
        assertThat(verifications.of(firstAccount.id())).isPresent();
        TestAccount second = data.account();
        Browser secondBrowser = Browser.loggedIn(mvc, second);

        MvcResult again = matchRegister(secondBrowser, person.surname(), "Anna Lena", "1990-02-03", "67655");
        assertThat(body(again)).contains("bereits ein anderes Konto verifiziert");
        first.post("/konto/verifizierung/entfernen");
        MvcResult afterRemoval = matchRegister(secondBrowser, person.surname(), "Anna Lena", "1990-02-03", "67655");

        assertThat(body(afterRemoval)).contains("bereits ein anderes Konto verifiziert");
        assertThat(verifications.of(second.id())).isEmpty();
        matchRegister(first, person.surname(), "Anna Lena", "1990-02-03", "67655");
        assertThat(verifications.of(firstAccount.id())).isPresent();
    }

    @Test
    void theRegisterKeepsNeitherNamesNorBirthDatesNorPostcodes() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        String tag = person.surname().substring(person.surname().lastIndexOf(' ') + 1);

        List<String> stored = jdbc.sql("select * from verification_register_row").query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            return row.toString();
        }).list();

        assertThat(stored).isNotEmpty().noneMatch(row -> row.toLowerCase().contains(tag)
                || row.contains("1990") || row.contains("03.02") || row.contains("67655") || row.contains("Anna"));
        assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) like 'verification_register%'"
                + " and lower(column_name) in ('name', 'surname', 'first_name', 'birth_date', 'postcode')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void tooManyFailedAttemptsStopFurtherTriesForADay() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        TestAccount account = data.account();
        Browser citizen = Browser.loggedIn(mvc, account);
        for (int i = 0; i < 5; i++) {
            matchRegister(citizen, person.surname(), "Anna Lena", "1990-02-0" + (4 + i), "67655");
        }

        MvcResult right = matchRegister(citizen, person.surname(), "Anna Lena", "1990-02-03", "67655");

        assertThat(body(right)).contains("schon 5-mal erfolglos versucht");
        assertThat(verifications.of(account.id())).isEmpty();
    }

    private List<String> createCodes(Long districtId) throws Exception {
        Browser admin = Browser.loggedIn(mvc, data.admin());
        MvcResult csv = admin.post("/verwaltung/verifizierung/briefcodes", "count", "2", "districtId",
                districtId == null ? "" : districtId.toString(), "validUntil", today().plusDays(30).toString());
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        return Arrays.stream(body(csv).split("\r?\n")).skip(1).map(line -> line.split(";")[0].replace("\"", "")).toList();
    }

    @Test
    void aLetterCodeVerifiesOnceWithItsDistrict() throws Exception {
        String district = TestData.unique("Stadtteil ");
        long districtId = taxonomy.addDistrict(district);
        List<String> codes = createCodes(districtId);
        assertThat(codes).hasSize(2).allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(jdbc.sql("select count(*) from verification_letter_code where code_hash in (?, ?)")
                .params(codes.get(0), codes.get(0).replace("-", "")).query(Integer.class).single()).isZero();

        TestAccount first = data.account();
        Browser firstBrowser = Browser.loggedIn(mvc, first);
        MvcResult redeemed = firstBrowser.post("/konto/verifizierung/brief", "code",
                " " + codes.get(0).toLowerCase().replace("-", " "));
        assertThat(redeemed.getResponse().getRedirectedUrl()).isEqualTo("/konto/verifizierung?verifiziert=");
        assertThat(verifications.of(first.id())).get().extracting(VerificationStatus::districtId).isEqualTo(districtId);

        TestAccount second = data.account();
        MvcResult reused = Browser.loggedIn(mvc, second).post("/konto/verifizierung/brief", "code", codes.get(0));
        assertThat(body(reused)).contains("Diesen Code gibt es nicht, oder er wurde schon eingelöst");
        assertThat(verifications.of(second.id())).isEmpty();
    }

    @Test
    void anExpiredLetterCodeIsRefusedWithItsDate() throws Exception {
        String code = createCodes(null).get(0);
        jdbc.sql("update verification_letter_code set valid_until = ? where used_at is null")
                .param(java.sql.Date.valueOf(today().minusDays(1))).update();
        TestAccount account = data.account();

        MvcResult late = Browser.loggedIn(mvc, account).post("/konto/verifizierung/brief", "code", code);

        assertThat(body(late)).contains("Dieser Code galt nur bis zum");
        assertThat(verifications.of(account.id())).isEmpty();
    }

    @Test
    void aFaultyExtractIsRefusedNamingItsLinesAndTheRegisterStaysAsItWas() throws Exception {
        Person person = uploadRegisterWithOnePerson();
        Browser admin = Browser.loggedIn(mvc, data.admin());

        MvcResult faulty = admin.upload("/verwaltung/verifizierung/melderegister", new MockMultipartFile("datei",
                "melderegister.csv", "text/csv",
                "Neu;Nina;01.01.2001;67655\nOhne;Datum;;67655\nNeu;Nils;01.01.2001;67655;Nirgendwo\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(faulty.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(faulty)).contains("Der Auszug wurde nicht übernommen: 1 Zeilen nennen keine vollständige "
                + "Person (Zeilen 2)", "2 Personen");
        TestAccount account = data.account();
        matchRegister(Browser.loggedIn(mvc, account), person.surname(), "Anna Lena", "1990-02-03", "67655");
        assertThat(verifications.of(account.id())).isPresent();
    }

    @Test
    void anExpiredVerificationNoLongerAdmits() throws Exception {
        TestProject project = residentsOnly(data.organisation());
        TestAccount account = data.account();
        verifications.verifyInPerson(data.admin().id(), account.id(), null, LocalDate.of(1980, 5, 1));
        Browser citizen = Browser.loggedIn(mvc, account);
        assertThat(citizen.get(project.ideas() + "/neu").getResponse().getStatus()).isEqualTo(200);

        jdbc.sql("update verification set valid_until = ? where account_id = ?")
                .params(java.sql.Date.valueOf(today().minusDays(1)), account.id()).update();

        MvcResult denied = citizen.get(project.ideas() + "/neu");
        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(denied)).contains("Ihre Verifizierung ist am", "abgelaufen", "href=\"/konto/verifizierung\"");
        assertThat(body(citizen.get("/konto/verifizierung"))).contains("Ihre Verifizierung ist am");
    }

    @Test
    void aPhaseForResidentsOfADistrictFromFourteenTurnsOthersAwayWithTheReason() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        TestProject project = residentsOnly(organisation);
        String district = TestData.unique("Erfenbach ");
        long districtId = taxonomy.addDistrict(district);
        long elsewhere = taxonomy.addDistrict(TestData.unique("Hohenecken "));
        long phaseId = project.phaseIds().get(0);

        Browser office = Browser.loggedIn(mvc, initiator);
        MvcResult saved = office.post("/verwaltung/projekte/" + project.id() + "/phasen/" + phaseId, "title",
                "Abstimmung", "startsOn", today().minusDays(1).toString(), "endsOn", today().plusDays(10).toString(),
                "formatKind", "idea:collect", "requirement", "VERIFIED", "districtIds", String.valueOf(districtId),
                "minimumAge", "14");
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/verwaltung/projekte/" + project.id() + "/phasen");
        assertThat(body(office.get("/verwaltung/projekte/" + project.id() + "/phasen/" + phaseId)))
                .contains("value=\"14\"");

        TestAccount neighbour = data.account();
        verifications.verifyInPerson(initiator.id(), neighbour.id(), elsewhere, LocalDate.of(1980, 5, 1));
        TestAccount child = data.account();
        verifications.verifyInPerson(initiator.id(), child.id(), districtId, today().minusYears(13));
        TestAccount resident = data.account();
        verifications.verifyInPerson(initiator.id(), resident.id(), districtId, today().minusYears(14));

        String reason = "Diese Beteiligung ist für verifizierte Einwohner*innen des Stadtteils " + district
                + " ab 14 Jahren.";
        for (TestAccount turnedAway : List.of(neighbour, child)) {
            MvcResult denied = Browser.loggedIn(mvc, turnedAway).get(project.ideas() + "/neu");
            assertThat(denied.getResponse().getStatus()).isEqualTo(403);
            assertThat(body(denied)).contains(reason, "href=\"/konto/verifizierung\"");
        }
        assertThat(Browser.loggedIn(mvc, resident).get(project.ideas() + "/neu").getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void districtsAndAgeAreRefusedForPhasesOpenToEveryAccount() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        TestProject project = residentsOnly(organisation);
        long phaseId = project.phaseIds().get(0);

        MvcResult refused = Browser.loggedIn(mvc, initiator).post(
                "/verwaltung/projekte/" + project.id() + "/phasen/" + phaseId, "title", "Abstimmung", "startsOn",
                today().minusDays(1).toString(), "endsOn", today().plusDays(10).toString(), "formatKind",
                "idea:collect", "requirement", "ACCOUNT", "minimumAge", "16");

        assertThat(body(refused)).contains("Stadtteile und Mindestalter gelten nur");
    }

    @Test
    void staffVerifyInPersonAndAreRecorded() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount moderator = data.member(organisation, OrgRole.MODERATOR);
        TestAccount citizen = data.account();
        String district = TestData.unique("Siegelbach ");
        long districtId = taxonomy.addDistrict(district);
        Browser desk = Browser.loggedIn(mvc, moderator);

        assertThat(body(desk.get("/verwaltung/verifizierung/vor-ort?suche=" + citizen.email())))
                .contains("Konto „" + citizen.username() + "“", "Sie sind nicht verifiziert.");
        MvcResult unchecked = desk.post("/verwaltung/verifizierung/vor-ort", "accountId",
                String.valueOf(citizen.id()), "districtId", String.valueOf(districtId), "birthDate", "1975-07-01");
        assertThat(body(unchecked)).contains("Bitte bestätigen Sie, dass Sie den Ausweis geprüft haben.");
        assertThat(verifications.of(citizen.id())).isEmpty();

        MvcResult verified = desk.post("/verwaltung/verifizierung/vor-ort", "accountId",
                String.valueOf(citizen.id()), "districtId", String.valueOf(districtId), "birthDate", "1975-07-01",
                "idChecked", "true");

        assertThat(verified.getResponse().getRedirectedUrl()).startsWith("/verwaltung/verifizierung/vor-ort?verifiziert=");
        VerificationStatus status = verifications.of(citizen.id()).orElseThrow();
        assertThat(status.method()).isEqualTo(VerificationMethod.IN_PERSON);
        assertThat(status.verifiedBy()).isEqualTo(moderator.id());
        assertThat(status.districtId()).isEqualTo(districtId);
        assertThat(status.validUntil()).isEqualTo(today().plusYears(2));
        assertThat(body(Browser.loggedIn(mvc, citizen).get("/konto/verifizierung"))).contains("Persönlich vor Ort",
                district, "1. Juli 1975");
    }

    @Test
    void citizensCannotReachTheStaffPagesAndModeratorsOnlyTheDesk() throws Exception {
        Browser citizen = Browser.loggedIn(mvc, data.account());
        assertThat(citizen.get("/verwaltung/verifizierung").getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.get("/verwaltung/verifizierung/vor-ort").getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.post("/verwaltung/verifizierung/briefcodes", "count", "1", "validUntil",
                today().plusDays(5).toString()).getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.upload("/verwaltung/verifizierung/melderegister", new MockMultipartFile("datei",
                "x.csv", "text/csv", "A;B;01.01.1990;67655\n".getBytes(StandardCharsets.UTF_8)))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.post("/verwaltung/verifizierung/vor-ort", "accountId", "1", "idChecked", "true")
                .getResponse().getStatus()).isEqualTo(403);

        Browser moderator = Browser.loggedIn(mvc, data.member(data.organisation(), OrgRole.MODERATOR));
        assertThat(moderator.get("/verwaltung/verifizierung").getResponse().getStatus()).isEqualTo(403);
        assertThat(moderator.get("/verwaltung/verifizierung/vor-ort").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPersonRemovesTheirVerification() throws Exception {
        TestAccount account = data.account();
        verifications.verifyInPerson(data.admin().id(), account.id(), null, null);
        Browser citizen = Browser.loggedIn(mvc, account);

        MvcResult removed = citizen.post("/konto/verifizierung/entfernen");

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/konto/verifizierung?entfernt=");
        assertThat(body(citizen.get("/konto/verifizierung"))).contains("Sie sind nicht verifiziert.");
        assertThat(verifications.of(account.id())).isEmpty();
    }
}

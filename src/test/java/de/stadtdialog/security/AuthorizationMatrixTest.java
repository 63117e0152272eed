package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.stadtdialog.security.TwoOrganisations.Role;
import de.stadtdialog.support.IntegrationTest;

/**
 * Every GET route × every role: who may read what. Path variables are filled with organisation A's
 * objects, including those of its private and draft projects; the accounts of organisation B and
 * participants must never reach them by guessing ids.
 *
 * <p>A route that is missing from the table fails {@link #everyGetRouteIsClassified()}: add a
 * line to {@link #TABLE} with the route's pattern, a URL with the fixture's placeholders (see
 * {@link TwoOrganisations#values()}) and one outcome per role, in the column order anonymous,
 * participant, moderator of B, initiator of B, moderator of A, initiator of A, administrator:
 * {@code O} 2xx, {@code L} redirect to the login page, {@code R} another redirect, {@code F}
 * 403, {@code N} 404, {@code B} 400.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    record Check(String pattern, String url, String expected) {
    }

    static final List<Check> TABLE = new ArrayList<>();

    private static void row(String pattern, String url, String expected) {
        TABLE.add(new Check(pattern, url, expected));
    }

    private static void row(String pattern, String expected) {
        row(pattern, pattern, expected);
    }

    static {
        // public pages                                                       anon part modB iniB modA iniA admin
        row("/", "O O O O O O O");
        row("/error", "N N N N N N N");
        row("/{path:impressum|datenschutz|barrierefreiheit|netiquette|nutzungsbedingungen|so-funktionierts}",
                "/impressum", "O O O O O O O");
        row("/barrierefreiheit/melden", "O O O O O O O");
        row("/organisationen", "O O O O O O O");
        row("/organisationen/{slug}", "/organisationen/{orgA}", "O O O O O O O");
        row("/organisationen/{slug}/{path:impressum|datenschutz|netiquette}", "/organisationen/{orgA}/impressum",
                "O O O O O O O");
        row("/dateien/{key}", "/dateien/{file}", "O O O O O O O");
        row("/newsletter", "O O O O O O O");
        row("/newsletter/bestaetigen/{token}", "/newsletter/bestaetigen/erraten", "O O O O O O O");
        row("/newsletter/abbestellen/{token}", "/newsletter/abbestellen/erraten", "N N N N N N N");
        row("/e-mails/abbestellen/{token}", "/e-mails/abbestellen/erraten", "N N N N N N N");

        // projects: public, private and draft
        row("/projekte", "O O O O O O O");
        row("/projekte/karte.geojson", "O O O O O O O");
        row("/projekte/{slug}", "/projekte/{ideasSlug}", "O O O O O O O");
        row("/projekte/{slug}", "/projekte/{privateSlug}", "N N N N O O O");
        row("/projekte/{slug}", "/projekte/{draftSlug}", "N N N N O O O");
        row("/projekte/{slug}/ergebnisse", "/projekte/{ideasSlug}/ergebnisse", "O O O O O O O");
        row("/projekte/{slug}/ergebnisse", "/projekte/{privateSlug}/ergebnisse", "N N N N O O O");
        row("/projekte/{slug}/bericht", "/projekte/{ideasSlug}/bericht", "N N N N N O O");
        row("/projekte/{slug}/bericht", "/projekte/{privateSlug}/bericht", "N N N N N O O");
        row("/projekte/{slug}/bericht", "/projekte/{draftSlug}/bericht", "N N N N N O O");
        row("/projekte/{slug}/bericht.pdf", "/projekte/{privateSlug}/bericht.pdf", "N N N N N O O");
        row("/projekte/{slug}/veranstaltungen.ics", "/projekte/{ideasSlug}/veranstaltungen.ics", "O O O O O O O");
        row("/projekte/{slug}/veranstaltungen.ics", "/projekte/{privateSlug}/veranstaltungen.ics", "N N N N O O O");

        // ideas
        row("/projekte/{slug}/ideen", "/projekte/{ideasSlug}/ideen", "O O O O O O O");
        row("/projekte/{slug}/ideen", "/projekte/{privateSlug}/ideen", "N N N N O O O");
        row("/projekte/{slug}/ideen", "/projekte/{draftSlug}/ideen", "N N N N O O O");
        row("/projekte/{slug}/ideen/karte.geojson", "/projekte/{privateSlug}/ideen/karte.geojson", "N N N N O O O");
        row("/projekte/{slug}/ideen/farben.css", "/projekte/{ideasSlug}/ideen/farben.css", "O O O O O O O");
        row("/projekte/{slug}/ideen/neu", "/projekte/{ideasSlug}/ideen/neu", "F O O O O O O");
        row("/projekte/{slug}/ideen/neu", "/projekte/{privateSlug}/ideen/neu", "N N N N O O O");
        row("/projekte/{slug}/ideen/{id}", "/projekte/{ideasSlug}/ideen/{idea}", "O O O O O O O");
        row("/projekte/{slug}/ideen/{id}", "/projekte/{privateSlug}/ideen/{privateIdea}", "N N N N O O O");
        row("/projekte/{slug}/ideen/{id}", "/projekte/{draftSlug}/ideen/{draftIdea}", "N N N N O O O");
        row("/projekte/{slug}/ideen/{id}", "/projekte/{ideasSlug}/ideen/{privateIdea}", "N N N N N N N");
        row("/projekte/{slug}/ideen/{id}/kommentare", "/projekte/{privateSlug}/ideen/{privateIdea}/kommentare",
                "N N N N O O O");
        row("/projekte/{slug}/ideen/{id}/bearbeiten", "/projekte/{ideasSlug}/ideen/{idea}/bearbeiten",
                "F F F F F F F");
        row("/projekte/{slug}/ideen/{id}/zurueckziehen", "/projekte/{ideasSlug}/ideen/{idea}/zurueckziehen",
                "F F F F F F F");
        row("/projekte/{slug}/ideen/bestaetigen/{token}", "/projekte/{ideasSlug}/ideen/bestaetigen/erraten",
                "O O O O O O O");

        // other formats
        row("/umfragen/{phaseId}", "/umfragen/{surveyPhase}", "O O O O O O O");
        row("/umfragen/{phaseId}", "/umfragen/{privateSurveyPhase}", "N N N N O O O");
        row("/umfragen/{phaseId}", "/umfragen/{ideaPhase}", "N N N N N N N");
        row("/umfragen/{phaseId}/danke", "/umfragen/{surveyPhase}/danke", "O O O O O O O");
        row("/umfragen/{phaseId}/ergebnisse", "/umfragen/{surveyPhase}/ergebnisse", "F F F F O O O");
        row("/umfragen/{phaseId}/ergebnisse", "/umfragen/{privateSurveyPhase}/ergebnisse", "N N N N O O O");
        row("/umfragen/{phaseId}/losverfahren", "/umfragen/{surveyPhase}/losverfahren", "N N N N N N N");
        row("/projekte/{slug}/fragen", "/projekte/{questionsSlug}/fragen", "O O O O O O O");
        row("/projekte/{slug}/fragen", "/projekte/{privateSlug}/fragen", "N N N N N N N");
        row("/projekte/{slug}/fragen/{id}", "/projekte/{questionsSlug}/fragen/{question}", "O O O O O O O");
        row("/projekte/{slug}/fragen/live", "/projekte/{questionsSlug}/fragen/live", "O O O O O O O");
        row("/projekte/{slug}/fragen/buehne", "/projekte/{questionsSlug}/fragen/buehne", "O O O O O O O");
        row("/projekte/{slug}/fragen/live/ereignisse", "/projekte/{privateSlug}/fragen/live/ereignisse",
                "N N N N N N N");
        row("/projekte/{slug}/text", "/projekte/{textSlug}/text", "O O O O O O O");
        row("/projekte/{slug}/text/absatz/{key}", "/projekte/{textSlug}/text/absatz/{paragraph}", "O O O O O O O");
        row("/projekte/{slug}/text/aenderungen", "/projekte/{textSlug}/text/aenderungen?von=1&zu=1",
                "N N N N N N N");

        // events and the list of planned projects
        row("/veranstaltungen", "O O O O O O O");
        row("/veranstaltungen.ics", "O O O O O O O");
        row("/veranstaltungen/{id:\\d+}", "/veranstaltungen/{event}", "O O O O O O O");
        row("/veranstaltungen/{id:\\d+}", "/veranstaltungen/{privateEvent}", "N N N N O O O");
        row("/veranstaltungen/{id:\\d+}.ics", "/veranstaltungen/{privateEvent}.ics", "N N N N O O O");
        row("/vorhaben", "O O O O O O O");
        row("/vorhaben.csv", "O O O O O O O");
        row("/vorhaben.json", "O O O O O O O");
        row("/vorhaben.geojson", "O O O O O O O");
        row("/vorhaben/{id}", "/vorhaben/{plan}", "O O O O O O O");

        // accounts
        row("/registrieren", "O O O O O O O");
        row("/anmelden", "O O O O O O O");
        row("/passwort-vergessen", "O O O O O O O");
        row("/passwort-neu", "/passwort-neu?token=erraten", "O O O O O O O");
        row("/konto/bestaetigen", "/konto/bestaetigen?token=erraten", "O O O O O O O");
        row("/konto/email-bestaetigen", "/konto/email-bestaetigen?token=erraten", "O O O O O O O");
        row("/konto", "L O O O O O O");
        row("/konto/daten.json", "L O O O O O O");
        row("/konto/verfolgt", "L O O O O O O");
        row("/benachrichtigungen", "L O O O O O O");
        row("/benachrichtigungen/einstellungen", "L O O O O O O");
        row("/konto/verifizierung", "L O O O O O O");
        row("/konto/zustimmung", "L O O O O O O");
        row("/anmelden/extern", "L L L L L L L");
        row("/konto/anmeldedienste/{provider}/verknuepfen", "/konto/anmeldedienste/erraten/verknuepfen",
                "L N N N N N N");

        // moderation
        row("/melden", "/melden?art=idea&id={idea}", "O O O O O O O");
        row("/melden", "/melden?art=idea&id={privateIdea}", "N N N N O O O");
        row("/melden", "/melden?art=idea&id={draftIdea}", "N N N N O O O");
        row("/projekte/{slug}/moderation", "/projekte/{ideasSlug}/moderation", "O O O O O O O");
        row("/projekte/{slug}/moderation", "/projekte/{privateSlug}/moderation", "N N N N O O O");
        row("/projekte/{slug}/moderation", "/projekte/{draftSlug}/moderation", "N N N N O O O");
        row("/verwaltung/moderation", "L F O O O O O");
        row("/verwaltung/moderation/eintrag/{kind}/{id}", "/verwaltung/moderation/eintrag/idea/{idea}",
                "L N N N O O O");
        row("/verwaltung/moderation/eintrag/{kind}/{id}", "/verwaltung/moderation/eintrag/idea/{privateIdea}",
                "L N N N O O O");
        row("/verwaltung/protokoll", "L F F F F F O");
        row("/verwaltung/verifizierung", "L F F F F F O");
        row("/verwaltung/verifizierung/vor-ort", "L F O O O O O");

        // back office
        row("/verwaltung", "L O O O O O O");
        row("/verwaltung/projekte/neu", "L F F O F O O");
        row("/verwaltung/projekte/{id}", "/verwaltung/projekte/{privateId}", "L N N N F O O");
        row("/verwaltung/projekte/{id}", "/verwaltung/projekte/{draftId}", "L N N N F O O");
        row("/verwaltung/projekte/{id}/phasen", "/verwaltung/projekte/{ideasId}/phasen", "L F F F F O O");
        row("/verwaltung/projekte/{id}/phasen/{phaseId}", "/verwaltung/projekte/{ideasId}/phasen/{ideaPhase}",
                "L F F F F O O");
        row("/verwaltung/projekte/{id}/phasen/{phaseId}", "/verwaltung/projekte/{draftId}/phasen/{ideaPhase}",
                "L N N N F N N");
        row("/verwaltung/projekte/{id}/phasen/{phaseId}/loeschen",
                "/verwaltung/projekte/{ideasId}/phasen/{ideaPhase}/loeschen", "L F F F F O O");
        row("/verwaltung/projekte/{id}/ergebnisse", "/verwaltung/projekte/{ideasId}/ergebnisse", "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/export/{key}", "/verwaltung/phasen/{ideaPhase}/export/csv",
                "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/export/{key}", "/verwaltung/phasen/{surveyPhase}/export/csv",
                "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/ideen", "/verwaltung/phasen/{ideaPhase}/ideen", "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/ideen/liste", "/verwaltung/phasen/{privatePhase}/ideen/liste",
                "L N N N O O O");
        row("/verwaltung/phasen/{phaseId}/ideen/{ideaId}", "/verwaltung/phasen/{ideaPhase}/ideen/{idea}",
                "L F F F O O O");
        row("/verwaltung/phasen/{phaseId}/ideen/{ideaId}", "/verwaltung/phasen/{ideaPhase}/ideen/{privateIdea}",
                "L F F F N N N");
        row("/verwaltung/phasen/{phaseId}/umfrage", "/verwaltung/phasen/{surveyPhase}/umfrage", "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/umfrage/papier", "/verwaltung/phasen/{surveyPhase}/umfrage/papier",
                "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/umfrage/texte", "/verwaltung/phasen/{surveyPhase}/umfrage/texte",
                "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/umfrage/losverfahren",
                "/verwaltung/phasen/{surveyPhase}/umfrage/losverfahren", "L F F F F N N");
        row("/verwaltung/phasen/{phaseId}/umfrage/losverfahren/ergebnis.csv",
                "/verwaltung/phasen/{surveyPhase}/umfrage/losverfahren/ergebnis.csv", "L F F F F N N");
        row("/verwaltung/phasen/{phaseId}/fragen", "/verwaltung/phasen/{questionPhase}/fragen", "L F F F O O O");
        row("/verwaltung/phasen/{phaseId}/text", "/verwaltung/phasen/{textPhase}/text", "L F F F O O O");
        row("/verwaltung/phasen/{phaseId}/information", "/verwaltung/phasen/{informationPhase}/information",
                "L F F F F O O");
        row("/verwaltung/phasen/{phaseId}/information/{postId}/loeschen",
                "/verwaltung/phasen/{informationPhase}/information/{informationPost}/loeschen", "L F F F F O O");
        row("/verwaltung/veranstaltungen", "L F F O F O O");
        row("/verwaltung/veranstaltungen/neu", "L F F O F O O");
        row("/verwaltung/veranstaltungen/{id}", "/verwaltung/veranstaltungen/{event}", "L F F F F O O");
        row("/verwaltung/vorhaben", "L F F O F O O");
        row("/verwaltung/vorhaben/neu", "L F F O F O O");
        row("/verwaltung/vorhaben/{id}", "/verwaltung/vorhaben/{plan}", "L F F F F O O");
        row("/verwaltung/vorhaben/{id}/anregung", "/verwaltung/vorhaben/{plan}/anregung", "L F F F F O O");
        row("/verwaltung/organisationen", "L F F F F F O");
        row("/verwaltung/organisationen/neu", "L F F F F F O");
        row("/verwaltung/organisationen/{id}", "/verwaltung/organisationen/{orgAId}", "L F F F F F O");
        row("/verwaltung/stammdaten", "L F F F F F O");
        row("/verwaltung/seiten", "L F F F F F O");
        row("/verwaltung/seiten/{path}", "/verwaltung/seiten/impressum", "L F F F F F O");
        row("/verwaltung/barrieremeldungen", "L F F F F F O");
        row("/verwaltung/newsletter", "L F F F F F O");
        row("/verwaltung/newsletter/neu", "L F F F F F O");
        row("/verwaltung/newsletter/{id}", "/verwaltung/newsletter/{newsletter}", "L F F F F F O");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    TwoOrganisations fixture;

    @BeforeAll
    void buildFixture() throws Exception {
        fixture = new TwoOrganisations(context, mvc);
    }

    @Test
    void everyGetRouteIsClassified() {
        Set<String> routes = getRoutes();
        Set<String> classified = new TreeSet<>();
        TABLE.forEach(check -> classified.add(check.pattern()));
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(classified);
        Set<String> stale = new TreeSet<>(classified);
        stale.removeAll(routes);
        assertThat(missing).as("GET routes without a row in AuthorizationMatrixTest.TABLE; add one per route:%n%s",
                String.join("\n", missing)).isEmpty();
        assertThat(stale).as("rows for routes that no longer exist").isEmpty();
    }

    @Test
    void everyRoleGetsTheExpectedAnswerOnEveryGetRoute() throws Exception {
        List<String> mismatches = new ArrayList<>();
        List<String> observedTable = new ArrayList<>();
        for (Check check : TABLE) {
            String url = fixture.fill(check.url());
            StringBuilder observed = new StringBuilder();
            for (Role role : Role.values()) {
                observed.append(observed.isEmpty() ? "" : " ").append(outcome(url, role));
            }
            observedTable.add(String.format("%-70s %s", check.url(), observed));
            if (!observed.toString().equals(check.expected())) {
                mismatches.add(String.format("%s%n    expected %s%n    observed %s", check.url(), check.expected(),
                        observed));
            }
        }
        assertThat(mismatches).as("roles %s:%n%s%n%nwhole table as observed:%n%s", List.of(Role.values()),
                String.join("\n", mismatches), String.join("\n", observedTable)).isEmpty();
    }

    private String outcome(String url, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(fixture.as(role))).andReturn().getResponse();
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            return location.contains("/anmelden") ? "L" : "R";
        }
        return switch (status) {
            case 200, 201, 204 -> "O";
            case 400 -> "B";
            case 403 -> "F";
            case 404 -> "N";
            default -> String.valueOf(status);
        };
    }

    /** The patterns of every route that answers GET, as the handler mapping knows them. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        });
        return routes;
    }

}

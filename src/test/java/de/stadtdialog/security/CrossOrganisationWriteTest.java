package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.stadtdialog.security.TwoOrganisations.Role;
import de.stadtdialog.support.IntegrationTest;

/**
 * Participants and the staff of organisation B post, with a valid CSRF token, to organisation A's
 * back office and to A's objects through B's own phases (guessing ids): every request is refused
 * and nothing in the database changes.
 */
@IntegrationTest
class CrossOrganisationWriteTest {

    /** What an outsider tries: the URL (with the fixture's placeholders) and form fields. */
    private static final List<List<String>> ATTACKS = List.of(
            List.of("/verwaltung/projekte/{ideasId}", "title", "Gekapert", "summary", "x", "descriptionMd", "x"),
            List.of("/verwaltung/projekte/{ideasId}/archivieren"),
            List.of("/verwaltung/projekte/{draftId}/veroeffentlichen"),
            List.of("/verwaltung/projekte/{privateId}/einladen", "login", "{participant}"),
            List.of("/verwaltung/projekte/{ideasId}/phasen/{ideaPhase}/loeschen"),
            List.of("/verwaltung/projekte/{bProjectId}/phasen/{ideaPhase}/loeschen"),
            List.of("/verwaltung/projekte/{bProjectId}/phasen/{ideaPhase}", "title", "Gekapert"),
            List.of("/verwaltung/projekte/{ideasId}/ergebnisse", "summaryMd", "Gekapert"),
            List.of("/verwaltung/phasen/{ideaPhase}/ideen/{idea}", "responseMd", "Gekapert"),
            List.of("/verwaltung/phasen/{bIdeaPhase}/ideen/{idea}", "responseMd", "Gekapert"),
            List.of("/verwaltung/phasen/{bIdeaPhase}/ideen/{privateIdea}/freigabe", "freigeben", "false"),
            List.of("/verwaltung/phasen/{bIdeaPhase}/ideen/kommentare/{comment}/freigabe", "freigeben", "false"),
            List.of("/verwaltung/phasen/{bIdeaPhase}/ideen/liste/status", "ideen", "{idea}", "neuerStatus",
                    "{bStatus}"),
            List.of("/verwaltung/phasen/{surveyPhase}/umfrage/fragen/{surveyQuestion}/loeschen"),
            List.of("/verwaltung/phasen/{bSurveyPhase}/umfrage/fragen/{surveyQuestion}/loeschen"),
            List.of("/verwaltung/phasen/{bSurveyPhase}/umfrage/fragen/{surveyQuestion}/wortlaut", "title",
                    "Gekapert"),
            List.of("/verwaltung/phasen/{bSurveyPhase}/umfrage/kopieren", "quelle", "{surveyPhase}"),
            List.of("/verwaltung/phasen/{questionPhase}/fragen/{question}/ausblenden", "reason", "Gekapert"),
            List.of("/verwaltung/phasen/{textPhase}/text/veroeffentlichen", "changeNote", "Gekapert"),
            List.of("/verwaltung/phasen/{informationPhase}/information/{informationPost}/loeschen"),
            List.of("/verwaltung/veranstaltungen/{event}/absagen", "reason", "Gekapert"),
            List.of("/verwaltung/veranstaltungen/{privateEvent}", "title", "Gekapert"),
            List.of("/verwaltung/vorhaben/{plan}", "organisationId", "{orgAId}", "title", "Gekapert", "description",
                    "x", "status", "DECIDED"),
            List.of("/verwaltung/organisationen/{orgAId}/mitglieder", "login", "{participant}", "role", "INITIATOR"),
            List.of("/verwaltung/newsletter/{newsletter}/senden"),
            List.of("/verwaltung/seiten/impressum", "title", "Gekapert", "bodyMd", "Gekapert"),
            List.of("/verwaltung/stammdaten/topic", "name", "Gekapert"),
            List.of("/projekte/{privateSlug}/ideen", "title", "Gekapert", "body", "Gekapert Gekapert"),
            List.of("/projekte/{draftSlug}/ideen/{draftIdea}/bewertung", "wert", "1"),
            List.of("/projekte/{ideasSlug}/ideen/{idea}/bearbeiten", "title", "Gekapert", "body", "Gekapert"),
            List.of("/projekte/{ideasSlug}/ideen/{idea}/zurueckziehen"),
            List.of("/verwaltung/moderation/aktion", "eintraege", "idea:{idea}", "eintraege", "idea-comment:{comment}",
                    "aktion", "ausblenden", "regel", "1"),
            List.of("/verwaltung/moderation/aktion", "eintraege", "idea:{privateIdea}", "aktion", "geprueft"),
            List.of("/verwaltung/moderation/eintrag/idea/{idea}/sperren", "tage", "30", "begruendung", "Gekapert"),
            List.of("/verwaltung/moderation/eintrag/idea/{idea}/notiz", "text", "Gekapert"),
            List.of("/verwaltung/moderation/eintrag/idea-comment/{comment}/hervorheben"));

    private static final List<String> WATCHED = List.of("project", "phase", "project_member", "project_result",
            "idea", "idea_comment", "idea_rating", "idea_status", "survey_question", "question", "text_version",
            "information_post", "event", "plan", "membership", "newsletter", "page", "topic", "mail_outbox", "moderation_case", "moderation_remark", "moderation_log",
            "account_block");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void outsidersCannotChangeObjectsOfAnotherOrganisationByGuessingIds() throws Exception {
        TwoOrganisations fixture = new TwoOrganisations(context, mvc);
        Map<String, String> before = snapshot();
        List<String> accepted = new ArrayList<>();
        for (Role role : List.of(Role.ANONYMOUS, Role.PARTICIPANT, Role.MODERATOR_B, Role.INITIATOR_B)) {
            for (List<String> attack : ATTACKS) {
                String url = fixture.fill(attack.get(0));
                MockHttpServletRequestBuilder request = post(url).with(csrf()).with(fixture.as(role));
                for (int i = 1; i < attack.size(); i += 2) {
                    request.param(attack.get(i), fixture.fill(attack.get(i + 1)));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                int status = response.getStatus();
                boolean refused = status == 403 || status == 404
                        || (status == 302 && String.valueOf(response.getRedirectedUrl()).contains("/anmelden"))
                        // refusals these two forms report on the page they return to
                        || (attack.get(0).contains("kopieren") && status == 302)
                        || String.valueOf(response.getRedirectedUrl()).endsWith("geaendert=0");
                if (!refused) {
                    accepted.add(role + " POST " + url + " -> " + status + " " + response.getRedirectedUrl());
                }
            }
        }
        assertThat(accepted).as("requests that were not refused").isEmpty();
        Map<String, String> after = snapshot();
        List<String> changed = WATCHED.stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
        assertThat(changed).as("tables changed by refused requests").isEmpty();
    }

    private Map<String, String> snapshot() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : WATCHED) {
            tables.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .map(Object::toString).sorted().toList().toString());
        }
        return tables;
    }
}

package de.stadtdialog.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.idea.Ideas;
import de.stadtdialog.newsletter.Newsletters;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.plan.PlanDraft;
import de.stadtdialog.plan.PlanStatus;
import de.stadtdialog.plan.Plans;
import de.stadtdialog.question.Questions;
import de.stadtdialog.shared.storage.FileStorage;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;
import de.stadtdialog.text.Documents;

/**
 * Organisation A with a public, a private and a draft project and an object of every kind, and
 * organisation B next to it; one account per role. {@link #values()} names every object so that
 * URL templates like {@code /projekte/{privateSlug}} can be filled in.
 */
class TwoOrganisations {

    /** The roles of the matrix, in the order of its columns. */
    enum Role {
        ANONYMOUS, PARTICIPANT, MODERATOR_B, INITIATOR_B, MODERATOR_A, INITIATOR_A, ADMIN
    }

    final TestOrganisation a;
    final TestOrganisation b;
    final Map<Role, TestAccount> accounts = new LinkedHashMap<>();
    final TestAccount author;
    final TestProject ideas;
    final TestProject privateProject;
    final TestProject draft;
    final TestProject survey;
    final TestProject questions;
    final TestProject text;
    final TestProject information;
    final TestProject bProject;
    final long idea;
    final long privateIdea;
    final long draftIdea;
    final long comment;
    final long question;
    final long event;
    final long privateEvent;
    final long plan;
    final long newsletter;
    final long surveyQuestion;
    final long informationPost;
    final String paragraph;
    final String file;
    private final Map<String, String> values = new LinkedHashMap<>();

    TwoOrganisations(ApplicationContext context, MockMvc mvc) throws Exception {
        TestData data = context.getBean(TestData.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        a = data.organisation();
        b = data.organisation();
        accounts.put(Role.PARTICIPANT, data.account());
        accounts.put(Role.MODERATOR_B, data.member(b, OrgRole.MODERATOR));
        accounts.put(Role.INITIATOR_B, data.member(b, OrgRole.INITIATOR));
        accounts.put(Role.MODERATOR_A, data.member(a, OrgRole.MODERATOR));
        accounts.put(Role.INITIATOR_A, data.member(a, OrgRole.INITIATOR));
        accounts.put(Role.ADMIN, data.admin());
        author = data.account();
        TestAccount initiator = accounts.get(Role.INITIATOR_A);

        Ideas ideaApi = context.getBean(Ideas.class);
        ideas = data.project(a).area(TestData.DOWNTOWN).ideaPhase("Ideen sammeln", "collect", -2, 10).create();
        ideaApi.setUp(ideas.id(), List.of(), List.of());
        idea = ideaApi.add(ideas.id(), author.id(), "Mehr Bänke", "Am Stiftsplatz.", "Allgemein", 49.444, 7.77, null);
        comment = ideaApi.comment(idea, null, author.id(), "Gute Idee.");

        privateProject = data.project(a).privateProject().ideaPhase("Ideen intern", "collect", -2, 10)
                .surveyPhase("Umfrage intern", 11, 20).create();
        ideaApi.setUp(privateProject.id(), List.of(), List.of());
        privateIdea = ideaApi.add(privateProject.id(), author.id(), "Geheime Idee", "Nur für Eingeladene.",
                "Allgemein", 49.444, 7.77, null);

        draft = data.project(a).draft().ideaPhase("Ideen Entwurf", "collect", -2, 10).create();
        ideaApi.setUp(draft.id(), List.of(), List.of());
        draftIdea = ideaApi.add(draft.id(), author.id(), "Idee im Entwurf", "Noch nicht öffentlich.", "Allgemein",
                49.444, 7.77, null);

        survey = data.project(a).surveyPhase("Umfrage", -1, 10).create();
        mvc.perform(post("/verwaltung/phasen/" + survey.phaseIds().get(0) + "/umfrage/fragen")
                .with(initiator.login()).with(csrf())
                .param("type", "SHORT_TEXT").param("title", "Was fehlt Ihnen?"));
        surveyQuestion = jdbc.sql("select max(id) from survey_question where phase_id = ?")
                .param(survey.phaseIds().get(0)).query(Long.class).single();

        questions = data.project(a).questionPhase("Fragen", "collect", -1, 10, Requirement.ACCOUNT).create();
        question = context.getBean(Questions.class).ask(questions.phaseIds().get(0), author.id(),
                "Wann beginnt der Bau?", null);

        text = data.project(a).textPhase("Entwurf kommentieren", "comment", -1, 10).create();
        context.getBean(Documents.class).publish(text.phaseIds().get(0),
                "## Ziele\n\nDie Innenstadt wird grüner.\n\nMehr Bäume.", "Erste Fassung", initiator.id(), List.of());
        paragraph = jdbc.sql("select min(paragraph_key) from text_paragraph p join text_version v on v.id = p.version_id"
                + " where v.phase_id = ?").param(text.phaseIds().get(0)).query(String.class).single();

        information = data.project(a).phase("Information", -1, 10).create();
        mvc.perform(post("/verwaltung/phasen/" + information.phaseIds().get(0) + "/information")
                .with(initiator.login()).with(csrf())
                .param("title", "Neuigkeit").param("bodyMd", "Es geht los.").param("publishedOn", "2026-01-10"));
        informationPost = jdbc.sql("select max(id) from information_post where phase_id = ?")
                .param(information.phaseIds().get(0)).query(Long.class).single();

        Events eventApi = context.getBean(Events.class);
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        event = eventApi.create(new EventDraft(a.id(), null, "Infoabend", "Wir stellen vor.", EventKind.IN_PERSON,
                start, start.plus(2, ChronoUnit.HOURS), "Rathaus", "Willy-Brandt-Platz 1", 49.44, 7.77, null, true,
                false, false, null, true, null));
        privateEvent = eventApi.create(new EventDraft(a.id(), privateProject.id(), "Internes Treffen", "Intern.",
                EventKind.IN_PERSON, start, start.plus(1, ChronoUnit.HOURS), "Rathaus", "Willy-Brandt-Platz 1",
                49.44, 7.77, null, false, false, false, null, true, null));

        bProject = data.project(b).ideaPhase("Ideen B", "collect", -2, 10).surveyPhase("Umfrage B", 11, 20).create();
        ideaApi.setUp(bProject.id(), List.of(), List.of());
        long bStatus = jdbc.sql("select min(id) from idea_status where project_id = ?").param(bProject.id())
                .query(Long.class).single();

        plan = context.getBean(Plans.class).create(new PlanDraft(a.id(), "Neue Kita", "Eine Kita.", null, null, null,
                PlanStatus.PREPARATION, null, null, false, "Pflichtaufgabe", false, null, null, null, null, null,
                List.of(), List.of(), List.of()), initiator.id());
        newsletter = context.getBean(Newsletters.class).draft("Neues aus der Stadt", "Hallo.", null);
        file = context.getBean(FileStorage.class).store(Images.png(4, 4), "png");

        values.put("orgA", a.slug());
        values.put("orgAId", String.valueOf(a.id()));
        values.put("ideasSlug", ideas.slug());
        values.put("ideasId", String.valueOf(ideas.id()));
        values.put("ideaPhase", String.valueOf(ideas.phaseIds().get(0)));
        values.put("idea", String.valueOf(idea));
        values.put("comment", String.valueOf(comment));
        values.put("privateSlug", privateProject.slug());
        values.put("privateId", String.valueOf(privateProject.id()));
        values.put("privatePhase", String.valueOf(privateProject.phaseIds().get(0)));
        values.put("privateSurveyPhase", String.valueOf(privateProject.phaseIds().get(1)));
        values.put("privateIdea", String.valueOf(privateIdea));
        values.put("draftSlug", draft.slug());
        values.put("draftId", String.valueOf(draft.id()));
        values.put("draftPhase", String.valueOf(draft.phaseIds().get(0)));
        values.put("draftIdea", String.valueOf(draftIdea));
        values.put("surveySlug", survey.slug());
        values.put("surveyId", String.valueOf(survey.id()));
        values.put("surveyPhase", String.valueOf(survey.phaseIds().get(0)));
        values.put("surveyQuestion", String.valueOf(surveyQuestion));
        values.put("questionsSlug", questions.slug());
        values.put("questionPhase", String.valueOf(questions.phaseIds().get(0)));
        values.put("question", String.valueOf(question));
        values.put("textSlug", text.slug());
        values.put("textPhase", String.valueOf(text.phaseIds().get(0)));
        values.put("paragraph", paragraph);
        values.put("informationPhase", String.valueOf(information.phaseIds().get(0)));
        values.put("informationPost", String.valueOf(informationPost));
        values.put("event", String.valueOf(event));
        values.put("privateEvent", String.valueOf(privateEvent));
        values.put("plan", String.valueOf(plan));
        values.put("newsletter", String.valueOf(newsletter));
        values.put("file", file);
        values.put("authorId", String.valueOf(author.id()));
        values.put("participant", accounts.get(Role.PARTICIPANT).username());
        values.put("bProjectId", String.valueOf(bProject.id()));
        values.put("bIdeaPhase", String.valueOf(bProject.phaseIds().get(0)));
        values.put("bSurveyPhase", String.valueOf(bProject.phaseIds().get(1)));
        values.put("bStatus", String.valueOf(bStatus));
    }

    Map<String, String> values() {
        return values;
    }

    /** The URL template with every {name} replaced by the fixture's value. */
    String fill(String template) {
        String url = template;
        for (var entry : values.entrySet()) {
            url = url.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        if (url.contains("{")) {
            throw new IllegalArgumentException("Unknown placeholder in " + template + "; known: " + values.keySet());
        }
        return url;
    }

    /** How a request is made as this role: nothing for anonymous, the account otherwise. */
    RequestPostProcessor as(Role role) {
        TestAccount account = accounts.get(role);
        return account == null ? request -> request : account.login();
    }
}

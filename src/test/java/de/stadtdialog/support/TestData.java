package de.stadtdialog.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.PhaseDraft;
import de.stadtdialog.project.ParticipationConcept;
import de.stadtdialog.project.ProjectDraft;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Visibility;

/** Small builders for test data; every name is unique, so tests never see each other's data. */
public class TestData {

    public static final String PASSWORD = "lange-sichere-Passphrase-42";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ApplicationContext context;

    TestData(ApplicationContext context) {
        this.context = context;
    }

    public static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    public record TestAccount(long id, String username, String email, boolean admin) {

        public RequestPostProcessor login() {
            return SecurityMockMvcRequestPostProcessors.user(new CurrentUser(id, username, admin));
        }
    }

    public TestAccount account() {
        return account(false);
    }

    public TestAccount admin() {
        return account(true);
    }

    private TestAccount account(boolean admin) {
        String name = unique("person");
        String email = name + "@example.org";
        long id = context.getBean(Accounts.class).createConfirmed(name, email, PASSWORD, admin);
        return new TestAccount(id, name, email, admin);
    }

    public record TestOrganisation(long id, String slug, String name) {
    }

    public TestOrganisation organisation() {
        String slug = unique("referat-");
        String name = "Referat " + slug;
        long id = context.getBean(Organisations.class).create(new Organisation(0, slug, name, "Ein Referat der Stadt.",
                null, null, "referat@example.org", null, null, null, null, null, null));
        return new TestOrganisation(id, slug, name);
    }

    public TestAccount member(TestOrganisation organisation, OrgRole role) {
        TestAccount account = account();
        context.getBean(Organisations.class).addMember(organisation.id(), account.id(), role);
        return account;
    }

    public ProjectBuilder project(TestOrganisation organisation) {
        return new ProjectBuilder(organisation.id());
    }

    /** A square around Kaiserslautern's town centre: 49.43-49.46 north, 7.75-7.79 east. */
    public static final String DOWNTOWN = "{\"type\":\"Polygon\",\"coordinates\":[[[7.75,49.43],[7.79,49.43],"
            + "[7.79,49.46],[7.75,49.46],[7.75,49.43]]]}";

    public record TestProject(long id, String slug, String title, List<Long> phaseIds) {

        public String url() {
            return "/projekte/" + slug;
        }

        public String ideas() {
            return "/projekte/" + slug + "/ideen";
        }

        public String questions() {
            return "/projekte/" + slug + "/fragen";
        }
    }

    public class ProjectBuilder {

        private final long organisationId;
        private String title = unique("Projekt ");
        private Visibility visibility = Visibility.PUBLIC;
        private final List<PhaseDraft> phases = new ArrayList<>();
        private boolean publish = true;
        private String description = "Beschreibung des Projekts.";
        private String area;
        private ParticipationConcept concept = new ParticipationConcept("Ideen für den Platz sammeln.",
                "Alle Bürger*innen.", "Die Gestaltung des Platzes.", "Der Standort und das Budget.",
                "Online-Beteiligung im Frühjahr.", "Die Ideen gehen in den Entwurf ein.");

        ProjectBuilder(long organisationId) {
            this.organisationId = organisationId;
        }

        public ProjectBuilder title(String value) {
            this.title = value + " " + unique("");
            return this;
        }

        public ProjectBuilder description(String markdown) {
            this.description = markdown;
            return this;
        }

        /** The project's area as GeoJSON, e.g. {@link TestData#DOWNTOWN}. */
        public ProjectBuilder area(String geojson) {
            this.area = geojson;
            return this;
        }

        /** A phase of the idea collection in the given kind (collect, rate, review, vote, closed). */
        public ProjectBuilder ideaPhase(String phaseTitle, String kind, int startOffset, int endOffset) {
            return ideaPhase(phaseTitle, kind, startOffset, endOffset, Requirement.ACCOUNT);
        }

        public ProjectBuilder ideaPhase(String phaseTitle, String kind, int startOffset, int endOffset,
                Requirement requirement) {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            phases.add(new PhaseDraft(phaseTitle, null, today.plusDays(startOffset), today.plusDays(endOffset),
                    "idea", kind, requirement));
            return this;
        }

        /** A phase hosting a survey that collects responses from people with an account. */
        public ProjectBuilder surveyPhase(String phaseTitle, int startOffset, int endOffset) {
            return surveyPhase(phaseTitle, startOffset, endOffset, Requirement.ACCOUNT);
        }

        public ProjectBuilder surveyPhase(String phaseTitle, int startOffset, int endOffset, Requirement requirement) {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            phases.add(new PhaseDraft(phaseTitle, null, today.plusDays(startOffset), today.plusDays(endOffset),
                    "survey", "collect", requirement));
            return this;
        }

        /** A Q&A phase in the given kind (collect, live, closed). */
        public ProjectBuilder questionPhase(String phaseTitle, String kind, int startOffset, int endOffset,
                Requirement requirement) {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            phases.add(new PhaseDraft(phaseTitle, null, today.plusDays(startOffset), today.plusDays(endOffset),
                    "question", kind, requirement));
            return this;
        }

        /** A phase of the text format in the given kind (comment, closed), for people with an account. */
        public ProjectBuilder textPhase(String phaseTitle, String kind, int startOffset, int endOffset) {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            phases.add(new PhaseDraft(phaseTitle, null, today.plusDays(startOffset), today.plusDays(endOffset),
                    "text", kind, Requirement.ACCOUNT));
            return this;
        }

        public ProjectBuilder concept(ParticipationConcept value) {
            this.concept = value;
            return this;
        }

        public ProjectBuilder privateProject() {
            this.visibility = Visibility.PRIVATE;
            return this;
        }

        public ProjectBuilder draft() {
            this.publish = false;
            return this;
        }

        /** A phase from today + startOffset to today + endOffset days, hosting the Information format. */
        public ProjectBuilder phase(String phaseTitle, int startOffset, int endOffset) {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            phases.add(new PhaseDraft(phaseTitle, null, today.plusDays(startOffset), today.plusDays(endOffset),
                    "information", "inform", Requirement.GUEST));
            return this;
        }

        public TestProject create() {
            Projects projects = context.getBean(Projects.class);
            String slug = de.stadtdialog.shared.text.Slugs.slugify(title);
            long id = projects.create(new ProjectDraft(organisationId, slug, title, "Kurz gesagt: " + title,
                    description, null, null, null, area, "Kim Muster", "kim@example.org", null, visibility,
                    List.of(), List.of(), concept));
            List<Long> phaseIds = new ArrayList<>();
            for (PhaseDraft phase : phases) {
                var change = projects.addPhase(id, phase);
                if (!change.ok()) {
                    throw new IllegalStateException("Test phases overlap: " + change.problems());
                }
                phaseIds.add(change.id());
            }
            if (publish) {
                projects.publish(id);
            }
            return new TestProject(id, slug, title, phaseIds);
        }
    }
}

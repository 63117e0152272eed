package de.stadtdialog.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import de.stadtdialog.permission.ProjectTarget.Status;

/** The evaluator's decisions as a table: who, what, on which project or phase, and the answer. */
class PermissionEvaluatorTest {

    private static final long CITY = 1;
    private static final long OTHER = 2;
    private static final LocalDate START = LocalDate.of(2026, 5, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 12);

    private static final Actor ANONYMOUS = Actor.ANONYMOUS;
    private static final long INNENSTADT = 7;
    private static final long BETZENBERG = 8;
    /** Verified until the end of 2027, living in Innenstadt, 15 years old on the phase's first day. */
    private static final Verification VERIFIED_TEEN = new Verification(LocalDate.of(2027, 12, 31), INNENSTADT,
            LocalDate.of(2011, 4, 30), START);

    private static final Actor CITIZEN = new Actor(10L, false, Map.of(), null);
    private static final Actor RESIDENT = new Actor(11L, false, Map.of(), VERIFIED_TEEN);
    private static final Actor EXPIRED_RESIDENT = new Actor(16L, false, Map.of(),
            new Verification(LocalDate.of(2026, 4, 30), INNENSTADT, LocalDate.of(1980, 1, 1), START));
    private static final Actor INITIATOR = new Actor(12L, false, Map.of(CITY, OrgRole.INITIATOR), null);
    private static final Actor MODERATOR = new Actor(13L, false, Map.of(CITY, OrgRole.MODERATOR), null);
    private static final Actor OTHER_INITIATOR = new Actor(14L, false, Map.of(OTHER, OrgRole.INITIATOR), null);
    private static final Actor ADMIN = new Actor(15L, true, Map.of(), null);
    private static final Actor BLOCKED = new Actor(17L, false, Map.of(), VERIFIED_TEEN)
            .withBlock(new Block(java.time.Instant.parse("2026-05-20T10:00:00Z"), "Beleidigungen"));

    private static final ProjectTarget PUBLISHED = new ProjectTarget(CITY, Status.PUBLISHED, false, false);
    private static final ProjectTarget DRAFT = new ProjectTarget(CITY, Status.DRAFT, false, false);
    private static final ProjectTarget ARCHIVED = new ProjectTarget(CITY, Status.ARCHIVED, false, false);
    private static final ProjectTarget PRIVATE = new ProjectTarget(CITY, Status.PUBLISHED, true, false);
    private static final ProjectTarget PRIVATE_INVITED = new ProjectTarget(CITY, Status.PUBLISHED, true, true);

    private final PermissionEvaluator evaluator = new PermissionEvaluator();

    static Stream<Arguments> projectCases() {
        return Stream.of(
                Arguments.of("anyone reads a published public project", ANONYMOUS, CoreAction.VIEW, PUBLISHED, null),
                Arguments.of("anyone reads an archived project", ANONYMOUS, CoreAction.VIEW, ARCHIVED, null),
                Arguments.of("the public cannot see a draft", CITIZEN, CoreAction.VIEW, DRAFT, "permission.project-draft"),
                Arguments.of("staff preview their draft", MODERATOR, CoreAction.VIEW, DRAFT, null),
                Arguments.of("other organisations cannot preview a draft", OTHER_INITIATOR, CoreAction.VIEW, DRAFT,
                        "permission.project-draft"),
                Arguments.of("admins preview every draft", ADMIN, CoreAction.VIEW, DRAFT, null),
                Arguments.of("a private project asks visitors to log in", ANONYMOUS, CoreAction.VIEW, PRIVATE,
                        "permission.login-required"),
                Arguments.of("a private project is closed to the uninvited", CITIZEN, CoreAction.VIEW, PRIVATE,
                        "permission.project-private"),
                Arguments.of("invited people read a private project", CITIZEN, CoreAction.VIEW, PRIVATE_INVITED, null),
                Arguments.of("the initiator edits", INITIATOR, CoreAction.EDIT, DRAFT, null),
                Arguments.of("a moderator does not edit", MODERATOR, CoreAction.EDIT, PUBLISHED, "permission.role-missing"),
                Arguments.of("an initiator of another organisation does not edit", OTHER_INITIATOR, CoreAction.EDIT,
                        PUBLISHED, "permission.role-missing"),
                Arguments.of("visitors are asked to log in before editing", ANONYMOUS, CoreAction.EDIT, PUBLISHED,
                        "permission.login-required"),
                Arguments.of("admins edit everything", ADMIN, CoreAction.EDIT, PUBLISHED, null),
                Arguments.of("a moderator moderates", MODERATOR, CoreAction.MODERATE, PUBLISHED, null),
                Arguments.of("a citizen does not moderate", CITIZEN, CoreAction.MODERATE, PUBLISHED,
                        "permission.role-missing"),
                Arguments.of("only admins administer the platform", INITIATOR, CoreAction.ADMINISTER, PUBLISHED,
                        "permission.role-missing"),
                Arguments.of("admins administer the platform", ADMIN, CoreAction.ADMINISTER, PUBLISHED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectCases")
    void projectActions(String behaviour, Actor actor, CoreAction action, ProjectTarget project, String reason) {
        assertDecision(evaluator.decide(actor, action, project), reason);
    }

    static Stream<Arguments> phaseCases() {
        return Stream.of(
                Arguments.of("a citizen takes part while the phase runs", CITIZEN, phase(PUBLISHED, PhaseState.ACTIVE,
                        Requirement.ACCOUNT), null),
                Arguments.of("a visitor is asked to log in", ANONYMOUS, phase(PUBLISHED, PhaseState.ACTIVE,
                        Requirement.ACCOUNT), "permission.login-required"),
                Arguments.of("guests take part where the phase allows it", ANONYMOUS, phase(PUBLISHED,
                        PhaseState.ACTIVE, Requirement.GUEST), null),
                Arguments.of("a phase that has not started names its start", CITIZEN, phase(PUBLISHED,
                        PhaseState.UPCOMING, Requirement.ACCOUNT), "permission.phase-upcoming"),
                Arguments.of("a phase that ended names its end", CITIZEN, phase(PUBLISHED, PhaseState.PAST,
                        Requirement.ACCOUNT), "permission.phase-past"),
                Arguments.of("an action the phase kind does not enable is refused", CITIZEN,
                        new PhaseTarget(PUBLISHED, "Bewertung", START, END, PhaseState.ACTIVE, "idea.submit",
                                Audience.PARTICIPANT, false, Requirement.ACCOUNT), "permission.not-in-phase"),
                Arguments.of("verified-only phases refuse unverified citizens", CITIZEN, phase(PUBLISHED,
                        PhaseState.ACTIVE, Requirement.VERIFIED), "permission.verification-required"),
                Arguments.of("verified residents take part", RESIDENT, phase(PUBLISHED, PhaseState.ACTIVE,
                        Requirement.VERIFIED), null),
                Arguments.of("archived projects take no input", CITIZEN, phase(ARCHIVED, PhaseState.ACTIVE,
                        Requirement.GUEST), "permission.project-archived"),
                Arguments.of("drafts take no input, not even from staff", INITIATOR, phase(DRAFT, PhaseState.ACTIVE,
                        Requirement.GUEST), "permission.project-draft"),
                Arguments.of("uninvited citizens cannot take part in a private project", CITIZEN, phase(PRIVATE,
                        PhaseState.ACTIVE, Requirement.ACCOUNT), "permission.project-private"),
                Arguments.of("invited citizens take part in a private project", CITIZEN, phase(PRIVATE_INVITED,
                        PhaseState.ACTIVE, Requirement.ACCOUNT), null),
                Arguments.of("an expired verification does not count", EXPIRED_RESIDENT,
                        phase(PUBLISHED, PhaseState.ACTIVE, Requirement.VERIFIED), "permission.verification-expired"),
                Arguments.of("residents of the named district at the minimum age take part", RESIDENT,
                        residents(new ResidentRule(Map.of(INNENSTADT, "Innenstadt"), 14)), null),
                Arguments.of("residents of other districts are turned away", RESIDENT,
                        residents(new ResidentRule(Map.of(BETZENBERG, "Betzenberg"), null)),
                        "permission.residents.district"),
                Arguments.of("residents below the minimum age are turned away", RESIDENT,
                        residents(new ResidentRule(Map.of(), 16)), "permission.residents.age"),
                Arguments.of("managers act whatever the phase's dates", INITIATOR, manager(PhaseState.PAST), null),
                Arguments.of("citizens cannot use manager actions", CITIZEN, manager(PhaseState.ACTIVE),
                        "permission.role-missing"),
                Arguments.of("initiators of other organisations cannot use manager actions", OTHER_INITIATOR,
                        manager(PhaseState.ACTIVE), "permission.role-missing"),
                Arguments.of("named experts answer after the phase ended", CITIZEN, named(PUBLISHED, true), null),
                Arguments.of("people the initiators did not name cannot answer", INITIATOR, named(PUBLISHED, false),
                        "permission.not-named"),
                Arguments.of("named experts answer nothing in an archived project", CITIZEN, named(ARCHIVED, true),
                        "permission.project-archived"),
                Arguments.of("a blocked person takes part nowhere", BLOCKED, phase(PUBLISHED, PhaseState.ACTIVE,
                        Requirement.GUEST), "permission.blocked"),
                Arguments.of("a blocked expert does not answer either", BLOCKED, named(PUBLISHED, true),
                        "permission.blocked"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phaseCases")
    void formatActions(String behaviour, Actor actor, PhaseTarget target, String reason) {
        assertDecision(evaluator.decide(actor, target), reason);
    }

    @org.junit.jupiter.api.Test
    void theReasonForAnEndedPhaseCarriesItsTitleAndEndDate() {
        Decision decision = evaluator.decide(CITIZEN, phase(PUBLISHED, PhaseState.PAST, Requirement.ACCOUNT));
        assertThat(decision.args()).containsExactly("Ideen sammeln", END);
    }

    @org.junit.jupiter.api.Test
    void theReasonForABlockCarriesItsEndAndJustification() {
        Decision decision = evaluator.decide(BLOCKED, phase(PUBLISHED, PhaseState.ACTIVE, Requirement.ACCOUNT));
        assertThat(decision.args()).containsExactly("20.05.2026, 12:00", "Beleidigungen");
        assertThat(evaluator.decide(BLOCKED, CoreAction.VIEW, PUBLISHED).allowed()).as("reading stays open").isTrue();
    }

    private static PhaseTarget phase(ProjectTarget project, PhaseState state, Requirement requirement) {
        return new PhaseTarget(project, "Ideen sammeln", START, END, state, "idea.submit", Audience.PARTICIPANT, true,
                requirement);
    }

    @org.junit.jupiter.api.Test
    void theReasonForADistrictAndAgeRuleNamesTheDistrictsAndTheAge() {
        Decision decision = evaluator.decide(RESIDENT, residents(new ResidentRule(
                new java.util.LinkedHashMap<>(Map.of(BETZENBERG, "Betzenberg")), 18)));
        assertThat(decision.reasonKey()).isEqualTo("permission.residents.district.age");
        assertThat(decision.args()).containsExactly("Betzenberg", 18);
    }

    private static PhaseTarget residents(ResidentRule rule) {
        return new PhaseTarget(PUBLISHED, "Abstimmung", START, END, PhaseState.ACTIVE, "idea.vote",
                Audience.PARTICIPANT, true, Requirement.VERIFIED, false, rule);
    }

    private static PhaseTarget manager(PhaseState state) {
        return new PhaseTarget(PUBLISHED, "Information", START, END, state, "information.post", Audience.MANAGER,
                false, Requirement.GUEST);
    }

    private static PhaseTarget named(ProjectTarget project, boolean named) {
        return new PhaseTarget(project, "Fragen", START, END, PhaseState.PAST, "question.answer", Audience.NAMED,
                false, Requirement.ACCOUNT, named);
    }

    private static void assertDecision(Decision decision, String reason) {
        if (reason == null) {
            assertThat(decision.allowed()).as("allowed, but denied with %s", decision.reasonKey()).isTrue();
        } else {
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reasonKey()).isEqualTo(reason);
        }
    }
}

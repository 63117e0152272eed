package de.stadtdialog.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.permission.Requirement;

class PhaseRulesTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void phasesThatFollowEachOtherAreAccepted() {
        assertThat(PhaseRules.check(List.of(phase(1, "Ideen sammeln", 0, 9), phase(2, "Bewerten", 10, 20)))).isEmpty();
    }

    @Test
    void overlappingPhasesAreRejectedNamingBothPhases() {
        List<PhaseRules.Problem> problems = PhaseRules.check(
                List.of(phase(1, "Ideen sammeln", 0, 10), phase(2, "Bewerten", 10, 20)));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("phase.overlap");
            assertThat(problem.args()).startsWith("Ideen sammeln", "Bewerten");
        });
    }

    @Test
    void aShortPhaseInsideALongOneDoesNotHideALaterOverlap() {
        List<PhaseRules.Problem> problems = PhaseRules.check(List.of(phase(1, "Lang", 0, 30),
                phase(2, "Kurz", 2, 3), phase(3, "Später", 10, 12)));
        assertThat(problems).extracting(PhaseRules.Problem::phaseId).containsExactly(2L, 3L);
    }

    @Test
    void aPhaseEndingBeforeItStartsIsRejectedWithItsName() {
        List<PhaseRules.Problem> problems = PhaseRules.check(List.of(phase(1, "Auswertung", 10, 5)));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("phase.inverted");
            assertThat(problem.args()[0]).isEqualTo("Auswertung");
        });
    }

    @Test
    void aOneDayPhaseIsValid() {
        assertThat(PhaseRules.check(List.of(phase(1, "Workshop", 3, 3)))).isEmpty();
    }

    @Test
    void theActivePhaseIncludesItsFirstAndLastDay() {
        Phase phase = phase(1, "Ideen sammeln", 0, 9);
        assertThat(phase.stateOn(MAY_1.minusDays(1))).isEqualTo(PhaseState.UPCOMING);
        assertThat(phase.stateOn(MAY_1)).isEqualTo(PhaseState.ACTIVE);
        assertThat(phase.stateOn(MAY_1.plusDays(9))).isEqualTo(PhaseState.ACTIVE);
        assertThat(phase.stateOn(MAY_1.plusDays(10))).isEqualTo(PhaseState.PAST);
    }

    @Test
    void aProjectIsPlannedRunningOrFinishedByItsPhases() {
        List<Phase> phases = List.of(phase(2, "Bewerten", 20, 30), phase(1, "Ideen sammeln", 0, 9));
        assertThat(new Timeline(phases, MAY_1.minusDays(1)).projectState(ProjectStatus.PUBLISHED))
                .isEqualTo(ProjectState.PLANNED);
        assertThat(new Timeline(phases, MAY_1.plusDays(15)).projectState(ProjectStatus.PUBLISHED))
                .as("between two phases the project is still running").isEqualTo(ProjectState.RUNNING);
        assertThat(new Timeline(phases, MAY_1.plusDays(31)).projectState(ProjectStatus.PUBLISHED))
                .isEqualTo(ProjectState.FINISHED);
        assertThat(new Timeline(phases, MAY_1).projectState(ProjectStatus.ARCHIVED)).isEqualTo(ProjectState.FINISHED);
        assertThat(new Timeline(List.of(), MAY_1).projectState(ProjectStatus.PUBLISHED)).isEqualTo(ProjectState.PLANNED);
    }

    @Test
    void theTimelineOrdersPhasesAndShowsTheActiveOrElseTheNextPhase() {
        Timeline timeline = new Timeline(List.of(phase(2, "Bewerten", 20, 30), phase(1, "Ideen sammeln", 0, 9)),
                MAY_1.plusDays(15));
        assertThat(timeline.phases()).extracting(Phase::title).containsExactly("Ideen sammeln", "Bewerten");
        assertThat(timeline.active()).isEmpty();
        assertThat(timeline.current()).map(Phase::title).contains("Bewerten");
    }

    private static Phase phase(long id, String title, int startOffset, int endOffset) {
        return new Phase(id, 1, title, null, MAY_1.plusDays(startOffset), MAY_1.plusDays(endOffset), "information",
                "inform", Requirement.GUEST);
    }
}

package de.stadtdialog.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Phases follow each other without overlap, and each ends on or after its start. Problems name
 * the phases, so an initiator knows what to fix.
 */
public final class PhaseRules {

    /** @param messageKey with arguments: phase titles and dates */
    public record Problem(long phaseId, String messageKey, Object... args) {
    }

    private PhaseRules() {
    }

    public static List<Problem> check(List<Phase> phases) {
        List<Problem> problems = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase.endsOn().isBefore(phase.startsOn())) {
                problems.add(new Problem(phase.id(), "phase.inverted", phase.title(), phase.startsOn(), phase.endsOn()));
            }
        }
        List<Phase> sorted = phases.stream()
                .sorted(Comparator.comparing(Phase::startsOn).thenComparing(Phase::endsOn))
                .toList();
        Phase reachesFurthest = null;
        for (Phase later : sorted) {
            Phase earlier = reachesFurthest;
            if (earlier == null || later.endsOn().isAfter(earlier.endsOn())) {
                reachesFurthest = later;
            }
            if (earlier != null && !later.startsOn().isAfter(earlier.endsOn())) {
                problems.add(new Problem(later.id(), "phase.overlap", earlier.title(), later.title(),
                        earlier.startsOn(), earlier.endsOn(), later.startsOn(), later.endsOn()));
            }
        }
        return problems;
    }
}

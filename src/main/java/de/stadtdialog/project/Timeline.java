package de.stadtdialog.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.stadtdialog.permission.PhaseState;

/** A project's phases in order, seen from one day. */
public record Timeline(List<Phase> phases, LocalDate today) {

    public Timeline {
        phases = phases.stream().sorted(Comparator.comparing(Phase::startsOn).thenComparing(Phase::id)).toList();
    }

    public Optional<Phase> active() {
        return phases.stream().filter(phase -> phase.stateOn(today) == PhaseState.ACTIVE).findFirst();
    }

    /** The phase the project page shows: the active one, else the next, else the last. */
    public Optional<Phase> current() {
        return active()
                .or(() -> phases.stream().filter(phase -> phase.stateOn(today) == PhaseState.UPCOMING).findFirst())
                .or(() -> phases.isEmpty() ? Optional.empty() : Optional.of(phases.get(phases.size() - 1)));
    }

    public PhaseState stateOf(Phase phase) {
        return phase.stateOn(today);
    }

    public Optional<LocalDate> start() {
        return phases.stream().map(Phase::startsOn).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> end() {
        return phases.stream().map(Phase::endsOn).max(Comparator.naturalOrder());
    }

    /**
     * Running from the first phase's start to the last phase's end (also between phases), planned
     * before that or while no phase exists, finished afterwards or once archived.
     */
    public ProjectState projectState(ProjectStatus status) {
        if (status == ProjectStatus.ARCHIVED) {
            return ProjectState.FINISHED;
        }
        if (phases.isEmpty() || today.isBefore(start().get())) {
            return ProjectState.PLANNED;
        }
        return today.isAfter(end().get()) ? ProjectState.FINISHED : ProjectState.RUNNING;
    }
}

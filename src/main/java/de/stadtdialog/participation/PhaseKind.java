package de.stadtdialog.participation;

import java.util.Set;

/**
 * A kind of phase a format can run in, and the participant actions it enables, e.g. an idea
 * collection's "collect" phase enables submitting, commenting and rating.
 */
public record PhaseKind(String key, String nameKey, Set<String> enabledActions) {

    public PhaseKind {
        enabledActions = Set.copyOf(enabledActions);
    }

    public boolean enables(String action) {
        return enabledActions.contains(action);
    }
}

package de.stadtdialog.participation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.stadtdialog.permission.Requirement;

/**
 * What a format declares about itself. It is registered at start-up and never stored: a phase
 * row keeps only the format's key, its phase kind and its requirement.
 *
 * @param requirements what the format lets an initiator ask of participants; the first is the default
 */
public record FormatDescriptor(String key, String nameKey, String descriptionKey, List<FormatAction> actions,
        List<PhaseKind> phaseKinds, List<Requirement> requirements, List<FormatExport> exports) {

    public FormatDescriptor {
        actions = List.copyOf(actions);
        phaseKinds = List.copyOf(phaseKinds);
        requirements = List.copyOf(requirements);
        exports = List.copyOf(exports);
        Set<String> actionKeys = Set.copyOf(actions.stream().map(FormatAction::key).toList());
        for (PhaseKind kind : phaseKinds) {
            if (!actionKeys.containsAll(kind.enabledActions())) {
                throw new IllegalArgumentException("Phase kind " + kind.key() + " of format " + key
                        + " enables actions the format does not declare");
            }
        }
        if (phaseKinds.isEmpty() || requirements.isEmpty()) {
            throw new IllegalArgumentException("Format " + key + " needs at least one phase kind and requirement");
        }
    }

    public Optional<FormatAction> action(String actionKey) {
        return actions.stream().filter(a -> a.key().equals(actionKey)).findFirst();
    }

    public Optional<PhaseKind> phaseKind(String kindKey) {
        return phaseKinds.stream().filter(k -> k.key().equals(kindKey)).findFirst();
    }

    public PhaseKind defaultPhaseKind() {
        return phaseKinds.get(0);
    }

    public Requirement defaultRequirement() {
        return requirements.get(0);
    }

    public Optional<FormatExport> export(String exportKey) {
        return exports.stream().filter(e -> e.key().equals(exportKey)).findFirst();
    }
}

package de.stadtdialog.project;

/** Where a project stands for the public, derived from its phases: geplant, läuft, abgeschlossen. */
public enum ProjectState {
    PLANNED, RUNNING, FINISHED;

    /** The word used in URLs and filters. */
    public String slug() {
        return switch (this) {
            case PLANNED -> "geplant";
            case RUNNING -> "laeuft";
            case FINISHED -> "abgeschlossen";
        };
    }

    public static ProjectState fromSlug(String slug) {
        for (ProjectState state : values()) {
            if (state.slug().equals(slug)) {
                return state;
            }
        }
        return null;
    }
}

package de.stadtdialog.survey.internal;

/** A phase's survey: its introduction, who sees the results, and whether answers can be changed. */
public record Survey(long phaseId, String introMd, Results results, boolean editable, long version,
        GuestMode guestMode, Purpose purpose, boolean textsModerated) {

    /** Whether everyone may see the results now; an application's answers are never public. */
    public boolean publicResults(de.stadtdialog.permission.PhaseState state) {
        if (purpose == Purpose.APPLICATION) {
            return false;
        }
        return switch (results) {
            case LIVE -> true;
            case AFTER_END -> state == de.stadtdialog.permission.PhaseState.PAST;
            case PRIVATE -> false;
        };
    }

    /** What the form is for; one engine serves all four. */
    public enum Purpose {
        SURVEY,
        /** One choice (often between designs with pictures) shown as cards; the result is a ranking. */
        VOTE,
        /** Questions with correct answers; the participant sees a score and explanations. */
        QUIZ,
        /** Answers private to the initiator; seats can be drawn by lot among the eligible. */
        APPLICATION
    }

    /** How a survey open to guests keeps to one response per person. */
    public enum GuestMode {
        BROWSER, CODE, KIOSK
    }

    public enum Results {
        /** Public once the phase has ended. */
        AFTER_END,
        /** Public while the survey runs. */
        LIVE,
        /** Only for the project's staff. */
        PRIVATE
    }
}

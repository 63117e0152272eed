package de.stadtdialog.survey.internal;

/**
 * A free-text answer (or the text typed for "Sonstiges") with its review state: null until a
 * moderator looked at it, then {@link #APPROVED} or {@link #HIDDEN}.
 */
public record TextAnswer(long responseId, long questionId, String textValue, String textState) {

    static final String APPROVED = "APPROVED";
    static final String HIDDEN = "HIDDEN";

    public boolean approved() {
        return APPROVED.equals(textState);
    }

    public boolean unreviewed() {
        return textState == null;
    }

    public boolean hidden() {
        return HIDDEN.equals(textState);
    }

    /** How the moderation form names the answer: a response has at most one text per question. */
    public String key() {
        return responseId + ":" + questionId;
    }
}

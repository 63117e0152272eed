package de.stadtdialog.survey;

/** The kinds of questions a survey can ask. */
public enum QuestionType {
    SINGLE(true), MULTIPLE(true), DROPDOWN(true), SHORT_TEXT(false), LONG_TEXT(false), NUMBER(false),
    SCALE(false), YES_NO(false), CONSENT(false), DATE(false),
    /** Statements (one per line) each rated on one shared scale (the options). */
    MATRIX(true),
    /** The options put in an order of preference. */
    RANKING(true),
    /** One option, each with a picture and its alternative text: votes on designs. */
    IMAGE_CHOICE(true),
    /** A point on the map inside the project area, or a place chosen without the map. */
    LOCATION(false),
    /** Not a question: a heading with an introduction that starts a part (or a page) of the form. */
    SECTION(false);

    private final boolean choice;

    QuestionType(boolean choice) {
        this.choice = choice;
    }

    /** Whether the question offers options the initiator lists. */
    public boolean choice() {
        return choice;
    }

    /** Whether answers are stored as text and listed in the results (dates as ISO dates). */
    public boolean text() {
        return this == SHORT_TEXT || this == LONG_TEXT || this == DATE;
    }

    /** Whether people answer it; a section only structures the form. */
    public boolean answerable() {
        return this != SECTION;
    }

    /** Whether a later question may depend on this one's answer. */
    public boolean conditionable() {
        return this == SINGLE || this == DROPDOWN || this == YES_NO || this == IMAGE_CHOICE;
    }

    /** Whether the question may offer "Sonstiges" with a free text, and a shuffled order of options. */
    public boolean openChoice() {
        return this == SINGLE || this == MULTIPLE || this == DROPDOWN;
    }

    /** Whether a quiz can mark options of it as correct. */
    public boolean gradable() {
        return this == SINGLE || this == MULTIPLE || this == DROPDOWN || this == YES_NO || this == IMAGE_CHOICE;
    }
}

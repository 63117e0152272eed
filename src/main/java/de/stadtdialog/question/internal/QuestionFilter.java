package de.stadtdialog.question.internal;

/** The list's filters, named as they appear in the address. */
public enum QuestionFilter {
    ALL("alle"),
    UNANSWERED("offen"),
    ANSWERED("beantwortet"),
    RELEVANT("relevant");

    private final String param;

    QuestionFilter(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static QuestionFilter of(String param) {
        for (QuestionFilter filter : values()) {
            if (filter.param.equals(param)) {
                return filter;
            }
        }
        return ALL;
    }
}

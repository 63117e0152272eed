package de.stadtdialog.moderation.internal;

import java.util.List;

/** Why people report; the keys are stored and name the messages "moderation.category.<key>". */
public final class ReportCategory {

    public static final List<String> ALL = List.of("beleidigung", "spam", "persoenliche-daten", "themenfremd",
            "sonstiges");

    private ReportCategory() {
    }

    static boolean known(String category) {
        return category != null && ALL.contains(category);
    }
}

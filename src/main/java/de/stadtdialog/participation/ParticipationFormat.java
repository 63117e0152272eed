package de.stadtdialog.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import gg.jte.Content;

/**
 * A participation format. Implementations are Spring beans in their own module; registering the
 * bean is all it takes to offer the format in every project.
 */
public interface ParticipationFormat {

    FormatDescriptor descriptor();

    /** The format's part of the public project page for a phase. */
    Content render(PhaseContext phase);

    /** Where initiators set up the format's content for a phase. */
    String setupPath(long phaseId);

    List<FormatStatistic> statistics(long phaseId);

    /**
     * What the phase produced, for the project's results page and the council report. Formats that
     * collect nothing countable keep the default: their statistics.
     */
    default FormatReport report(long phaseId, Locale locale) {
        return FormatReport.figuresOnly(statistics(phaseId));
    }

    /**
     * Whether the initiators named this account for the phase's {@link de.stadtdialog.permission.Audience#NAMED}
     * actions, e.g. as an expert who answers questions. Formats without such actions keep the default.
     */
    default boolean names(long phaseId, long accountId) {
        return false;
    }

    /** Writes the export declared by {@link FormatDescriptor#exports()} under this key. */
    void export(String exportKey, long phaseId, OutputStream out) throws IOException;

    /** Removes the format's content of a phase that is being deleted. */
    void deletePhase(long phaseId);
}

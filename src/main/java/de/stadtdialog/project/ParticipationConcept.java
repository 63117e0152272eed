package de.stadtdialog.project;

import java.util.ArrayList;
import java.util.List;

/**
 * The Beteiligungskonzept the city's participation guidelines ask for before a project goes public:
 * what the participation is for, who is asked, what can still be changed and what cannot, how it
 * runs and what happens with the input. Plain text; line breaks are the author's.
 */
public record ParticipationConcept(String goal, String audience, String openToInfluence, String fixed,
        String formatsAndTimeline, String useOfResults) {

    public static final ParticipationConcept EMPTY = new ParticipationConcept(null, null, null, null, null, null);

    public boolean isEmpty() {
        return blank(goal) && blank(audience) && blank(openToInfluence) && blank(fixed) && blank(formatsAndTimeline)
                && blank(useOfResults);
    }

    /**
     * The parts without which citizens cannot judge whether taking part is worth their time, as the
     * message keys of their names (for example {@code "project.concept.fixed"}); empty when the
     * project may be published.
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (blank(goal)) {
            missing.add("project.concept.goal");
        }
        if (blank(openToInfluence)) {
            missing.add("project.concept.open-to-influence");
        }
        if (blank(fixed)) {
            missing.add("project.concept.fixed");
        }
        if (blank(useOfResults)) {
            missing.add("project.concept.use-of-results");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

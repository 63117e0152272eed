package de.stadtdialog.plan.internal;

import java.util.List;

import de.stadtdialog.project.Taxonomy.Term;

/** An entry with what the list shows beside it. */
public record PlanCard(Plan plan, String organisationName, List<Term> topics, List<Term> districts, boolean stale) {

    public String topicNames() {
        return String.join(", ", topics.stream().map(Term::name).toList());
    }

    public String districtNames() {
        return String.join(", ", districts.stream().map(Term::name).toList());
    }
}

package de.stadtdialog.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.plan.internal.PlanRepository.Link;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.project.Taxonomy.Term;
import de.stadtdialog.shared.web.Paged;

/** Loads entries with their terms in a few queries and decides which ones are stale. */
@Component
class PlanCatalog {

    private static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    /** Entries on one page of the public list. */
    static final int LIST_PAGE_SIZE = 30;

    private final PlanRepository plans;
    private final Taxonomy taxonomy;
    private final Organisations organisations;
    private final Clock clock;
    private final Period staleAfter;

    PlanCatalog(PlanRepository plans, Taxonomy taxonomy, Organisations organisations, Clock clock,
            @Value("${stadtdialog.plans.stale-after:P6M}") String staleAfter) {
        this.plans = plans;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.clock = clock;
        this.staleAfter = Period.parse(staleAfter);
    }

    /** All entries matching the filter, the most recently updated first. */
    List<PlanCard> listed(PlanFilter filter) {
        return cards(plans.findAll()).stream().filter(filter::matches).toList();
    }

    /** One page of {@link #listed}; {@code requestedPage} is the visitor's {@code seite}, read leniently. */
    Paged<PlanCard> listPage(PlanFilter filter, String requestedPage) {
        return Paged.of(listed(filter), LIST_PAGE_SIZE, requestedPage);
    }

    List<PlanCard> cards(List<Plan> list) {
        Map<Long, Term> topics = byId(taxonomy.topics());
        Map<Long, Term> districts = byId(taxonomy.districts());
        Map<Long, List<Long>> topicLinks = plans.links(Link.TOPIC);
        Map<Long, List<Long>> districtLinks = plans.links(Link.DISTRICT);
        Map<Long, String> names = organisationNames();
        return list.stream().map(plan -> new PlanCard(plan, names.getOrDefault(plan.organisationId(), ""),
                terms(topicLinks.get(plan.id()), topics), terms(districtLinks.get(plan.id()), districts),
                stale(plan))).toList();
    }

    Map<Long, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    boolean stale(Plan plan) {
        LocalDate limit = LocalDate.now(clock.withZone(CITY)).minus(staleAfter);
        return plan.updatedAt().atZone(CITY).toLocalDate().isBefore(limit);
    }

    /** The configured time in months, for the mark's wording. */
    long staleMonths() {
        return staleAfter.toTotalMonths();
    }

    private static Map<Long, Term> byId(List<Term> terms) {
        return terms.stream().collect(Collectors.toMap(Term::id, Function.identity()));
    }

    private static List<Term> terms(Collection<Long> ids, Map<Long, Term> known) {
        return ids == null ? List.of()
                : ids.stream().map(known::get).filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(Term::name)).toList();
    }
}

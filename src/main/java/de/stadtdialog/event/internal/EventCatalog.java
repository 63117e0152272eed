package de.stadtdialog.event.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;

/** Builds the cards that lists show, with organisation and project names and seat counts. */
@Component
class EventCatalog {

    private final EventRepository repository;
    private final Organisations organisations;
    private final Projects projects;
    private final EventAccess access;
    private final Clock clock;

    EventCatalog(EventRepository repository, Organisations organisations, Projects projects, EventAccess access,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    /** The events the actor may see, upcoming (soonest first) or past (latest first). */
    List<EventCard> listed(Actor actor, boolean past) {
        return cards(repository.find(clock.instant(), past).stream().filter(e -> access.visible(actor, e)).toList());
    }

    List<EventCard> cards(List<Event> events) {
        Map<Long, String> organisationNames = new HashMap<>();
        organisations.all().forEach(o -> organisationNames.put(o.id(), o.name()));
        Map<Long, Optional<Project>> linked = new HashMap<>();
        Map<Long, int[]> counts = repository.counts(events.stream().map(Event::id).toList());
        return events.stream().map(event -> {
            int[] count = counts.getOrDefault(event.id(), new int[2]);
            Optional<Project> project = event.projectId() == null ? Optional.empty()
                    : linked.computeIfAbsent(event.projectId(), projects::find);
            return new EventCard(event, organisationNames.get(event.organisationId()),
                    project.map(Project::title).orElse(null), project.map(Project::slug).orElse(null),
                    count[0], count[1]);
        }).toList();
    }

    Optional<EventCard> card(Event event) {
        return cards(List.of(event)).stream().findFirst();
    }

    static List<EventMonth> byMonth(List<EventCard> cards, Locale locale) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        Map<String, List<EventCard>> months = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (EventCard card : cards) {
            var start = card.event().startsAt().atZone(EventMails.ZONE);
            String id = "monat-" + start.getYear() + "-" + String.format("%02d", start.getMonthValue());
            months.computeIfAbsent(id, k -> new ArrayList<>()).add(card);
            labels.putIfAbsent(id, label.format(start));
        }
        return months.entrySet().stream().map(e -> new EventMonth(labels.get(e.getKey()), e.getKey(), e.getValue()))
                .toList();
    }

    List<Organisation> organisationsWithEvents(List<EventCard> cards) {
        var ids = cards.stream().map(c -> c.event().organisationId()).distinct().toList();
        return organisations.all().stream().filter(o -> ids.contains(o.id())).toList();
    }
}

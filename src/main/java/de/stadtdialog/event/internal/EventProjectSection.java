package de.stadtdialog.event.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPageSection;
import de.stadtdialog.shared.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/** The project's upcoming events beside its timeline, with its calendar feed. */
@Component
class EventProjectSection implements ProjectPageSection {

    private final EventRepository repository;
    private final EventCatalog catalog;
    private final TemplateEngine templates;
    private final Clock clock;

    EventProjectSection(EventRepository repository, EventCatalog catalog, TemplateEngine templates, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Optional<Content> render(Project project, Ui ui) {
        List<Event> upcoming = repository.findByProject(project.id()).stream()
                .filter(e -> !e.over(clock.instant())).toList();
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        List<EventCard> cards = catalog.cards(upcoming);
        return Optional.of(output -> templates.render("event/project-section.jte",
                Map.of("ui", ui, "cards", cards, "slug", project.slug()), output));
    }
}

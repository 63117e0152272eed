package de.stadtdialog.event.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectTimelineSource;

/** A project's events in its timeline, between the phases, cancelled ones marked as such. */
@Component
class EventTimelineSource implements ProjectTimelineSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(EventMails.ZONE);

    private final EventRepository repository;
    private final MessageSource messages;

    EventTimelineSource(EventRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public List<Entry> entries(Project project) {
        Locale locale = LocaleContextHolder.getLocale();
        return repository.findByProject(project.id()).stream().map(event -> new Entry(
                event.startsAt().atZone(EventMails.ZONE).toLocalDate(), event.title(), event.url(),
                event.cancelledAt() != null ? "event.timeline.cancelled" : "event.timeline.label",
                messages.getMessage("event.timeline.note", new Object[] {TIME.format(event.startsAt()),
                        event.placeName() != null ? event.placeName()
                                : messages.getMessage("event.kind." + event.kind().name(), null, locale)},
                        locale)))
                .toList();
    }
}

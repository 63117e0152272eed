package de.stadtdialog.event.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.event.Events;
import de.stadtdialog.event.RegistrationStatus;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Where citizens find events, register and download them for their calendar. */
@Controller
class PublicEventController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final EventRepository repository;
    private final EventCatalog catalog;
    private final EventAccess access;
    private final Events events;
    private final Projects projects;
    private final ProjectPermissions projectPermissions;
    private final Clock clock;
    private final String baseUrl;
    private final String platformName;

    PublicEventController(EventRepository repository, EventCatalog catalog, EventAccess access, Events events,
            Projects projects, ProjectPermissions projectPermissions, Clock clock, @Value("${stadtdialog.base-url}") String baseUrl,
            @Value("${stadtdialog.name}") String platformName) {
        this.repository = repository;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
        this.projects = projects;
        this.projectPermissions = projectPermissions;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.platformName = platformName;
    }

    @GetMapping("/veranstaltungen")
    String list(@ModelAttribute("filter") EventFilter filter, @ModelAttribute("ui") Ui ui, Model model) {
        List<EventCard> all = catalog.listed(access.actor(), filter.past());
        model.addAttribute("months", EventCatalog.byMonth(all.stream().filter(filter::matches).toList(), ui.locale()));
        model.addAttribute("filterActive", filter.active());
        model.addAttribute("organisations", catalog.organisationsWithEvents(all));
        model.addAttribute("projects", all.stream().filter(c -> c.projectSlug() != null)
                .map(c -> new ProjectChoice(c.projectSlug(), c.projectTitle())).distinct().toList());
        return "event/list";
    }

    @GetMapping("/veranstaltungen/{id:\\d+}")
    String event(@PathVariable long id, Model model) {
        Event event = load(id);
        Actor actor = access.actor();
        var mine = actor.loggedIn() ? repository.registration(id, actor.accountId()).orElse(null) : null;
        int position = 0;
        if (mine != null && mine.status() == RegistrationStatus.WAITING) {
            position = 1 + repository.registrations(id).stream()
                    .filter(r -> r.status() == RegistrationStatus.WAITING).map(Registration::id).toList()
                    .indexOf(mine.id());
        }
        List<String> paragraphs = Arrays.stream(event.description().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        model.addAttribute("page", new EventPage(catalog.card(event).orElseThrow(), paragraphs,
                mine == null ? null : mine.status(), position, event.over(clock.instant()), actor.loggedIn(),
                access.manage(actor, event).allowed(), repository.documents(id)));
        return "event/event";
    }

    @PostMapping("/veranstaltungen/{id:\\d+}/anmelden")
    String register(@PathVariable long id, RedirectAttributes redirect) {
        Event event = load(id);
        Actor actor = access.actor();
        if (!actor.loggedIn()) {
            return "redirect:/anmelden";
        }
        events.register(event.id(), actor.accountId())
                .ifPresent(status -> redirect.addAttribute(status == RegistrationStatus.CONFIRMED ? "angemeldet" : "warteliste", ""));
        return "redirect:" + event.url() + "#anmeldung";
    }

    @PostMapping("/veranstaltungen/{id:\\d+}/abmelden")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        Event event = load(id);
        Actor actor = access.actor();
        if (actor.loggedIn() && events.withdraw(event.id(), actor.accountId())) {
            redirect.addAttribute("abgemeldet", "");
        }
        return "redirect:" + event.url() + "#anmeldung";
    }

    @GetMapping("/veranstaltungen/{id:\\d+}.ics")
    ResponseEntity<String> calendarFile(@PathVariable long id) {
        Event event = load(id);
        return calendar(event.title(), List.of(event), "veranstaltung-" + id + ".ics");
    }

    @GetMapping("/veranstaltungen.ics")
    ResponseEntity<String> platformFeed() {
        Actor actor = access.actor();
        List<Event> all = repository.findAll().stream().filter(e -> access.visible(actor, e)).toList();
        return calendar(platformName + " – Veranstaltungen", all, "veranstaltungen.ics");
    }

    @GetMapping("/projekte/{slug}/veranstaltungen.ics")
    ResponseEntity<String> projectFeed(@PathVariable String slug) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (projectPermissions.decide(access.actor(), CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        return calendar(project.title(), repository.findByProject(project.id()), slug + "-veranstaltungen.ics");
    }

    private ResponseEntity<String> calendar(String name, List<Event> events, String fileName) {
        String host = URI.create(baseUrl).getHost();
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .body(ICalendar.of(name, events, baseUrl, host));
    }

    private Event load(long id) {
        Event event = repository.findById(id).orElseThrow(NotFoundException::new);
        if (!access.visible(access.actor(), event)) {
            throw new NotFoundException();
        }
        return event;
    }
}

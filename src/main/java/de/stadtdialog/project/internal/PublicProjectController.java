package de.stadtdialog.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.participation.PhaseContext;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPageSection;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectState;
import de.stadtdialog.project.ProjectTimelineSource;
import de.stadtdialog.project.Timeline;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.markdown.SafeHtml;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import gg.jte.Content;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The pages where citizens find and read projects. */
@Controller
class PublicProjectController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectCatalog catalog;
    private final ProjectRepository projects;
    private final TaxonomyRepository taxonomy;
    private final Organisations organisations;
    private final ProjectPermissions permissions;
    private final FormatRegistry formats;
    private final Markdown markdown;
    private final ResultRepository results;
    private final Follows follows;
    private final ResultsDeadline deadline;
    private final List<ProjectPageSection> sections;
    private final List<ProjectTimelineSource> timelineSources;

    PublicProjectController(ProjectCatalog catalog, ProjectRepository projects, TaxonomyRepository taxonomy,
            Organisations organisations, ProjectPermissions permissions, FormatRegistry formats, Markdown markdown,
            ResultRepository results, Follows follows,
            ResultsDeadline deadline, List<ProjectPageSection> sections,
            List<ProjectTimelineSource> timelineSources) {
        this.timelineSources = timelineSources;
        this.follows = follows;
        this.sections = sections;
        this.results = results;
        this.deadline = deadline;
        this.catalog = catalog;
        this.projects = projects;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.permissions = permissions;
        this.formats = formats;
        this.markdown = markdown;
    }

    @GetMapping("/")
    String home(Model model) {
        List<ProjectCard> all = catalog.listed(new ProjectFilter());
        model.addAttribute("running", all.stream().filter(c -> c.state() == ProjectState.RUNNING).limit(6).toList());
        model.addAttribute("planned", all.stream().filter(c -> c.state() == ProjectState.PLANNED).limit(3).toList());
        model.addAttribute("finished", all.stream().filter(c -> c.state() == ProjectState.FINISHED).limit(3).toList());
        model.addAttribute("total", all.size());
        return "project/home";
    }

    @GetMapping("/projekte")
    String overview(@ModelAttribute("filter") ProjectFilter filter,
            @RequestParam(name = "seite", required = false) String seite,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", catalog.overviewPage(filter, seite));
        model.addAttribute("filterActive", filter.active());
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("districts", taxonomy.districts());
        model.addAttribute("organisations", organisations.all());
        return htmx != null ? "project/results" : "project/overview";
    }

    /** The project areas for the overview map, filtered like the list. */
    @GetMapping(value = "/projekte/karte.geojson", produces = "application/geo+json")
    @ResponseBody
    String map(@ModelAttribute("filter") ProjectFilter filter) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ProjectCard card : catalog.listed(filter)) {
            var geometry = Areas.geometryNode(card.project().areaGeojson());
            if (geometry != null) {
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.set("geometry", geometry);
                feature.putObject("properties")
                        .put("title", card.project().title())
                        .put("url", card.url())
                        .put("state", card.state().slug());
            }
        }
        return JSON.writeValueAsString(collection);
    }

    @GetMapping("/projekte/{slug}")
    String project(@PathVariable String slug, @RequestParam(required = false) Long phase, @ModelAttribute("ui") Ui ui,
            Model model) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            // Drafts and private projects look like pages that do not exist to everyone else.
            throw new NotFoundException();
        }
        Timeline timeline = new Timeline(projects.phases(project.id()), permissions.today());
        Optional<Phase> shown = phase == null ? timeline.current()
                : timeline.phases().stream().filter(p -> p.id() == phase).findFirst();
        if (phase != null && shown.isEmpty()) {
            throw new NotFoundException();
        }
        List<ProjectPage.TimelineItem> items = new ArrayList<>();
        ProjectPage.TimelineItem shownItem = null;
        for (Phase p : timeline.phases()) {
            var format = formats.find(p.formatKey());
            var item = new ProjectPage.TimelineItem(p, timeline.stateOf(p),
                    format.map(f -> f.descriptor().nameKey()).orElse(p.formatKey()),
                    shown.isPresent() && shown.get().id() == p.id());
            items.add(item);
            if (item.shown()) {
                shownItem = item;
            }
        }
        var content = shown.flatMap(p -> formats.find(p.formatKey()).map(format -> render(format, actor, project, p)));
        var statistics = shown.flatMap(p -> formats.find(p.formatKey()).map(f -> f.statistics(p.id())))
                .orElse(List.of());
        Organisation organisation = organisations.find(project.organisationId()).orElseThrow();
        var ids = Set.of(project.id());
        var result = results.find(project.id());
        var resultsState = deadline.state(result.published(), timeline.end().orElse(null));
        model.addAttribute("page", new ProjectPage(project, organisation, timeline.projectState(project.status()),
                items, shownItem, content.orElse(null), statistics, markdown.render(project.descriptionMd(), 3),
                result.published() ? markdown.render(result.summaryMd(), 3) : SafeHtml.EMPTY, resultsState,
                markdown.render(project.easyLanguageMd(), 3),
                Areas.geometryJson(project.areaGeojson()), taxonomy.topicsOf(ids).getOrDefault(project.id(), List.of()),
                taxonomy.districtsOf(ids).getOrDefault(project.id(), List.of()),
                permissions.decide(actor, CoreAction.EDIT, project).allowed(),
                Accounts.current().map(user -> follows.follows(user.id(), Follows.Kind.PROJECT, project.id()))
                        .orElse(false)));
        model.addAttribute("timelineEntries", timelineSources.stream()
                .flatMap(source -> source.entries(project).stream()).toList());
        model.addAttribute("sections", sections.stream().map(s -> s.render(project, ui)).flatMap(Optional::stream).toList());
        return "project/project";
    }

    private Content render(ParticipationFormat format, Actor actor, Project project, Phase phase) {
        return format.render(new PhaseContext(project.id(), project.slug(), project.title(), phase.id(), phase.title(),
                phase.phaseKind(), phase.stateOn(permissions.today()), phase.startsOn(), phase.endsOn(),
                permissions.decisions(actor, project, phase)));
    }

    @GetMapping("/organisationen")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "project/organisations";
    }

    @GetMapping("/organisationen/{slug}")
    String organisation(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        ProjectFilter filter = new ProjectFilter();
        filter.organisation = organisation.id();
        model.addAttribute("organisation", organisation);
        model.addAttribute("description", markdown.render(organisation.description()));
        model.addAttribute("cards", catalog.listed(filter));
        model.addAttribute("following", Accounts.current()
                .map(user -> follows.follows(user.id(), Follows.Kind.ORGANISATION, organisation.id())).orElse(false));
        return "project/organisation";
    }
}

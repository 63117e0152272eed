package de.stadtdialog.plan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.plan.PlanStatus;
import de.stadtdialog.plan.internal.PlanRepository.HistoryRow;
import de.stadtdialog.plan.internal.PlanRepository.Link;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectStatus;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.project.Visibility;
import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The public list of planned projects, each entry's page and the list's machine-readable exports. */
@Controller
class PublicPlanController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanCatalog catalog;
    private final PlanRepository repository;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Projects projects;
    private final Accounts accounts;
    private final PlanRequests requests;
    private final SpamGuard spam;

    PublicPlanController(PlanCatalog catalog, PlanRepository repository, Organisations organisations,
            Taxonomy taxonomy, Projects projects, Accounts accounts, PlanRequests requests, SpamGuard spam) {
        this.spam = spam;
        this.requests = requests;
        this.catalog = catalog;
        this.repository = repository;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.projects = projects;
        this.accounts = accounts;
    }

    @GetMapping("/vorhaben")
    String list(@ModelAttribute("filter") PlanFilter filter,
            @RequestParam(name = "seite", required = false) String seite,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", catalog.listPage(filter, seite));
        model.addAttribute("filterActive", filter.active());
        model.addAttribute("staleMonths", catalog.staleMonths());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("districts", taxonomy.districts());
        model.addAttribute("statuses", List.of(PlanStatus.values()));
        return htmx != null ? "plan/results" : "plan/list";
    }

    @GetMapping("/vorhaben/{id}")
    String plan(@PathVariable long id, Model model) {
        return page(id, model, new PlanRequestForm(), FormErrors.none());
    }

    @PostMapping("/vorhaben/{id}/anregung")
    String request(@PathVariable long id, @Validated @ModelAttribute("planRequestForm") PlanRequestForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request) {
        repository.findById(id).orElseThrow(NotFoundException::new);
        Optional<CurrentUser> user = Accounts.current();
        if (user.isEmpty()) {
            return "redirect:/anmelden";
        }
        var submission = spam.check(request, result, user.get().id(), "plan:" + id, "justification",
                form.justification);
        if (result.hasErrors()) {
            return page(id, model, form, FormErrors.of(result, ui));
        }
        boolean filed = requests.file(id, user.get().id(), form.justification).isPresent();
        if (filed) {
            submission.record();
        }
        return "redirect:/vorhaben/" + id + (filed ? "?anregung=eingereicht" : "") + "#anregung";
    }

    @PostMapping("/vorhaben/{id}/anregung/{requestId}/unterstuetzen")
    String support(@PathVariable long id, @PathVariable long requestId) {
        return supportChange(id, requestId, true);
    }

    @PostMapping("/vorhaben/{id}/anregung/{requestId}/zuruecknehmen")
    String withdraw(@PathVariable long id, @PathVariable long requestId) {
        return supportChange(id, requestId, false);
    }

    private String supportChange(long id, long requestId, boolean support) {
        PlanRequest request = requests.latest(id).filter(r -> r.id() == requestId)
                .orElseThrow(NotFoundException::new);
        Optional<CurrentUser> user = Accounts.current();
        if (user.isEmpty()) {
            return "redirect:/anmelden";
        }
        if (support) {
            requests.support(request.id(), user.get().id());
        } else {
            requests.withdraw(request.id(), user.get().id());
        }
        return "redirect:/vorhaben/" + id + "#anregung";
    }

    private String page(long id, Model model, PlanRequestForm requestForm, FormErrors requestErrors) {
        Plan plan = repository.findById(id).orElseThrow(NotFoundException::new);
        PlanCard card = catalog.cards(List.of(plan)).get(0);
        List<HistoryRow> rows = repository.history(id);
        Map<Long, String> names = accounts.displayNames(
                rows.stream().map(HistoryRow::changedBy).filter(java.util.Objects::nonNull).distinct().toList());
        List<PlanPage.HistoryLine> history = rows.stream().map(row -> new PlanPage.HistoryLine(row.changedAt(),
                row.changedBy() == null ? null : names.get(row.changedBy()), PlanChanges.kindKey(row.summary()),
                PlanChanges.fields(row.summary()).stream().map(f -> "plan.field." + f).toList())).toList();
        List<PlanPage.LinkedProject> linked = repository.links(Link.PROJECT, id).stream().map(projects::find)
                .flatMap(Optional::stream).filter(PublicPlanController::listed)
                .map(p -> new PlanPage.LinkedProject(p.title(), "/projekte/" + p.slug())).toList();
        model.addAttribute("page", new PlanPage(card, history, linked, lines(plan.councilLinks()),
                plan.areaGeojson()));
        model.addAttribute("staleMonths", catalog.staleMonths());
        model.addAttribute("request", requestView(id, requests, accounts));
        model.addAttribute("requestForm", requestForm);
        model.addAttribute("requestErrors", requestErrors);
        return "plan/plan";
    }

    @GetMapping("/vorhaben.csv")
    void csv(@ModelAttribute("filter") PlanFilter filter, @ModelAttribute("ui") Ui ui, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"vorhabenliste.csv\"");
        CsvTable table = new CsvTable(response.getOutputStream());
        List<Object> header = new ArrayList<>();
        for (String field : List.of("id", "title", "description", "goals", "organisation", "districts",
                "affectedGroups", "topics", "estimatedCost", "status", "timeline", "nextSteps",
                "participationPlanned", "participationNote", "advisoryBoard", "contact", "councilLinks", "updatedAt",
                "stale", "url")) {
            header.add(ui.t("plan.field." + field));
        }
        table.row(header);
        for (PlanCard card : catalog.listed(filter)) {
            Plan p = card.plan();
            table.row(java.util.Arrays.asList(p.id(), p.title(), p.description(), p.goals(), card.organisationName(),
                    card.districtNames(), p.affectedGroups(), card.topicNames(), p.estimatedCostEur(),
                    ui.t("plan.status." + p.status().name()), p.timeline(), p.nextSteps(),
                    ui.t(p.participationPlanned() ? "plan.yes" : "plan.no"), p.participationNote(),
                    ui.t(p.advisoryBoard() ? "plan.yes" : "plan.no"), contact(p), p.councilLinks(),
                    ui.machineTime(p.updatedAt()), ui.t(card.stale() ? "plan.yes" : "plan.no"),
                    ui.settings().baseUrl() + p.url()));
        }
        table.finish();
    }

    @GetMapping(value = "/vorhaben.json", produces = "application/json")
    @ResponseBody
    String json(@ModelAttribute("filter") PlanFilter filter, @ModelAttribute("ui") Ui ui) {
        ArrayNode list = JSON.createArrayNode();
        for (PlanCard card : catalog.listed(filter)) {
            ObjectNode entry = list.addObject();
            properties(entry, card, ui);
            Plan p = card.plan();
            entry.put("description", p.description()).put("goals", p.goals())
                    .put("affectedGroups", p.affectedGroups()).put("timeline", p.timeline())
                    .put("nextSteps", p.nextSteps()).put("participationNote", p.participationNote())
                    .put("contactName", p.contactName()).put("contactEmail", p.contactEmail())
                    .put("contactPhone", p.contactPhone());
            ArrayNode links = entry.putArray("councilLinks");
            lines(p.councilLinks()).forEach(links::add);
            card.topics().forEach(t -> entry.withArray("topics").add(t.name()));
            card.districts().forEach(d -> entry.withArray("districts").add(d.name()));
            JsonNode area = geometry(p.areaGeojson());
            if (area != null) {
                entry.set("area", area);
            }
        }
        return JSON.writeValueAsString(list);
    }

    @GetMapping(value = "/vorhaben.geojson", produces = "application/geo+json")
    @ResponseBody
    String geojson(@ModelAttribute("filter") PlanFilter filter, @ModelAttribute("ui") Ui ui) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (PlanCard card : catalog.listed(filter)) {
            JsonNode geometry = geometry(card.plan().areaGeojson());
            if (geometry != null) {
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.set("geometry", geometry);
                properties(feature.putObject("properties"), card, ui);
            }
        }
        return JSON.writeValueAsString(collection);
    }

    private static void properties(ObjectNode node, PlanCard card, Ui ui) {
        Plan p = card.plan();
        node.put("id", p.id()).put("title", p.title()).put("url", ui.settings().baseUrl() + p.url())
                .put("organisation", card.organisationName()).put("status", p.status().name())
                .put("statusLabel", ui.t("plan.status." + p.status().name()))
                .put("state", ui.t("plan.status." + p.status().name()))
                .put("participationPlanned", p.participationPlanned()).put("advisoryBoard", p.advisoryBoard())
                .put("estimatedCostEur", p.estimatedCostEur()).put("updatedAt", p.updatedAt().toString())
                .put("stale", card.stale());
    }

    /** The geometry of a stored geometry or feature; null when there is none or it cannot be read. */
    private static JsonNode geometry(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(geojson);
            return "Feature".equals(node.path("type").asString("")) ? node.path("geometry") : node;
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private static String contact(Plan p) {
        return String.join(", ", java.util.stream.Stream.of(p.contactName(), p.contactEmail(), p.contactPhone())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static PlanRequestView requestView(long planId, PlanRequests requests, Accounts accounts) {
        Optional<PlanRequest> latest = requests.latest(planId);
        if (latest.isEmpty()) {
            return new PlanRequestView(null, null, 0, requests.threshold(), null, null, false, false, false, true);
        }
        PlanRequest r = latest.get();
        Long me = Accounts.current().map(CurrentUser::id).orElse(null);
        return new PlanRequestView(r, accounts.displayName(r.requestedBy()), requests.supporters(r.id()),
                requests.threshold(), r.deadline().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(),
                r.answeredAt() == null ? null
                        : r.answeredAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(),
                requests.expired(r), requests.collecting(r), me != null && requests.supports(r.id(), me),
                requests.mayFile(latest));
    }

    private static boolean listed(Project project) {
        return project.status() != ProjectStatus.DRAFT && project.visibility() == Visibility.PUBLIC;
    }
}

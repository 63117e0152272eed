package de.stadtdialog.project.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.shared.web.NotFoundException;

/** Following projects and organisations, saving overview searches as alerts, and the list of both. */
@Controller
class FollowController {

    private final Follows follows;
    private final ProjectRepository projects;
    private final Organisations organisations;
    private final ProjectPermissions permissions;
    private final TaxonomyRepository taxonomy;

    FollowController(Follows follows, ProjectRepository projects, Organisations organisations,
            ProjectPermissions permissions, TaxonomyRepository taxonomy) {
        this.follows = follows;
        this.projects = projects;
        this.organisations = organisations;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
    }

    @PostMapping("/projekte/{slug}/folgen")
    String followProject(@PathVariable String slug, @RequestParam(defaultValue = "folgen") String aktion) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (permissions.decide(permissions.currentActor(), CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        var user = Accounts.current();
        if (user.isEmpty()) {
            return "redirect:/anmelden";
        }
        toggle(user.get(), Follows.Kind.PROJECT, project.id(), aktion);
        return "redirect:/projekte/" + slug + "?" + ("entfolgen".equals(aktion) ? "entfolgt" : "gefolgt") + "#folgen";
    }

    @PostMapping("/organisationen/{slug}/folgen")
    String followOrganisation(@PathVariable String slug, @RequestParam(defaultValue = "folgen") String aktion) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        var user = Accounts.current();
        if (user.isEmpty()) {
            return "redirect:/anmelden";
        }
        toggle(user.get(), Follows.Kind.ORGANISATION, organisation.id(), aktion);
        return "redirect:/organisationen/" + slug + "?" + ("entfolgen".equals(aktion) ? "entfolgt" : "gefolgt")
                + "#folgen";
    }

    @PostMapping("/projekte/suche-speichern")
    String saveSearch(@ModelAttribute("filter") ProjectFilter filter) {
        var user = Accounts.current();
        if (user.isEmpty()) {
            return "redirect:/anmelden";
        }
        boolean saved = follows.saveSearch(user.get().id(), filter);
        String query = Follows.query(filter);
        return "redirect:/projekte?" + (query.isEmpty() ? "" : query + "&") + (saved ? "gespeichert" : "leer");
    }

    @GetMapping("/konto/verfolgt")
    String followed(Model model) {
        long me = Accounts.current().orElseThrow().id();
        List<Project> followedProjects = follows.followed(me, Follows.Kind.PROJECT).stream()
                .map(id -> projects.findById(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
        List<Organisation> followedOrganisations = follows.followed(me, Follows.Kind.ORGANISATION).stream()
                .map(id -> organisations.find(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("projects", followedProjects);
        model.addAttribute("organisations", followedOrganisations);
        model.addAttribute("searches", follows.searches(me).stream()
                .map(search -> new FollowedSearch(search, describe(Follows.filter(search.query())))).toList());
        return "project/followed";
    }

    @PostMapping("/konto/verfolgt/suchen/{id}/loeschen")
    String deleteSearch(@PathVariable long id) {
        follows.deleteSearch(Accounts.current().orElseThrow().id(), id);
        return "redirect:/konto/verfolgt?entfernt";
    }

    private List<FollowedSearch.Part> describe(ProjectFilter filter) {
        List<FollowedSearch.Part> parts = new java.util.ArrayList<>();
        if (!filter.q.isBlank()) {
            parts.add(new FollowedSearch.Part("overview.search", filter.q, null));
        }
        if (filter.state() != null) {
            parts.add(new FollowedSearch.Part("overview.status", null, "project.state." + filter.status));
        }
        if (filter.topic != null) {
            taxonomy.topics().stream().filter(t -> t.id() == filter.topic).findFirst()
                    .ifPresent(t -> parts.add(new FollowedSearch.Part("overview.topic", t.name(), null)));
        }
        if (filter.district != null) {
            taxonomy.districts().stream().filter(d -> d.id() == filter.district).findFirst()
                    .ifPresent(d -> parts.add(new FollowedSearch.Part("overview.district", d.name(), null)));
        }
        if (filter.organisation != null) {
            organisations.find(filter.organisation)
                    .ifPresent(o -> parts.add(new FollowedSearch.Part("overview.organisation", o.name(), null)));
        }
        return parts;
    }

    private void toggle(CurrentUser user, Follows.Kind kind, long id, String action) {
        if ("entfolgen".equals(action)) {
            follows.unfollow(user.id(), kind, id);
        } else {
            follows.follow(user.id(), kind, id);
        }
    }
}

package de.stadtdialog.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.shared.audit.AuditLog;
import de.stadtdialog.shared.storage.ImageUploads;
import de.stadtdialog.shared.text.Slugs;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Platform administrators manage organisations, their members and roles. */
@Controller
@RequestMapping("/verwaltung/organisationen")
class OrganisationAdminController {

    private final Organisations organisations;
    private final OrganisationRepository repository;
    private final Accounts accounts;
    private final PermissionEvaluator permissions;
    private final ImageUploads images;

    private final AuditLog audit;

    OrganisationAdminController(Organisations organisations, OrganisationRepository repository, Accounts accounts,
            PermissionEvaluator permissions, ImageUploads images, AuditLog audit) {
        this.audit = audit;
        this.organisations = organisations;
        this.repository = repository;
        this.accounts = accounts;
        this.permissions = permissions;
        this.images = images;
    }

    @GetMapping
    String list(Model model) {
        requireAdmin();
        model.addAttribute("organisations", organisations.all());
        return "organisation/admin-list";
    }

    @GetMapping("/neu")
    String newForm(Model model) {
        requireAdmin();
        return form(model, null, new OrganisationForm(), FormErrors.none());
    }

    @PostMapping("/neu")
    @Transactional
    String create(@Validated @ModelAttribute("form") OrganisationForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile logo, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        requireAdmin();
        String slug = slugFor(form, 0, result);
        String logoKey = images.storeWithAlternativeText(logo, form.logoAlt, result, "logo", "logoAlt");
        if (result.hasErrors()) {
            images.discard(logoKey);
            return form(model, null, form, FormErrors.of(result, ui));
        }
        long id = repository.insert(form.toOrganisation(0, slug, logoKey));
        audit.record("organisation.create", "organisation", id, null, organisations.find(id).orElse(null));
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/organisationen/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        requireAdmin();
        Organisation organisation = organisations.find(id).orElseThrow(NotFoundException::new);
        return form(model, organisation, OrganisationForm.of(organisation), FormErrors.none());
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@PathVariable long id, @Validated @ModelAttribute("form") OrganisationForm form,
            BindingResult result, @RequestParam(required = false) MultipartFile logo, @ModelAttribute("ui") Ui ui,
            Model model, RedirectAttributes redirect) {
        requireAdmin();
        Organisation existing = organisations.find(id).orElseThrow(NotFoundException::new);
        String slug = slugFor(form, id, result);
        String logoKey = form.removeLogo ? null : existing.logoKey();
        String uploaded = images.storeWithAlternativeText(logo, form.logoAlt, result, "logo", "logoAlt");
        if (uploaded != null) {
            logoKey = uploaded;
        } else if (logoKey != null && form.logoAlt.isBlank()) {
            result.rejectValue("logoAlt", "image.alt-required");
        }
        if (result.hasErrors()) {
            images.discard(uploaded);
            return form(model, existing, form, FormErrors.of(result, ui));
        }
        repository.update(form.toOrganisation(id, slug, logoKey));
        audit.record("organisation.edit", "organisation", id, existing, organisations.find(id).orElse(null));
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/organisationen/" + id;
    }

    @PostMapping("/{id}/mitglieder")
    @Transactional
    String addMember(@PathVariable long id, @Validated @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        requireAdmin();
        Organisation organisation = organisations.find(id).orElseThrow(NotFoundException::new);
        Optional<Long> account = result.hasErrors() ? Optional.empty() : accounts.findActiveIdByLogin(form.login);
        if (!result.hasErrors() && account.isEmpty()) {
            result.rejectValue("login", "member.unknown");
        }
        if (result.hasErrors()) {
            model.addAttribute("memberErrors", FormErrors.of(result, ui));
            return form(model, organisation, OrganisationForm.of(organisation), FormErrors.none());
        }
        OrgRole before = repository.rolesOf(account.get()).get(id);
        repository.putMember(id, account.get(), form.role);
        audit.record("membership.put", "organisation", id, before == null ? null : membership(account.get(), before),
                membership(account.get(), form.role));
        redirect.addAttribute("mitglied-gespeichert", "");
        return "redirect:/verwaltung/organisationen/" + id + "#mitglieder";
    }

    @PostMapping("/{id}/mitglieder/{accountId}/entfernen")
    @Transactional
    String removeMember(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
        requireAdmin();
        OrgRole before = repository.rolesOf(accountId).get(id);
        repository.removeMember(id, accountId);
        if (before != null) {
            audit.record("membership.remove", "organisation", id, membership(accountId, before), null);
        }
        redirect.addAttribute("mitglied-entfernt", "");
        return "redirect:/verwaltung/organisationen/" + id + "#mitglieder";
    }

    private static java.util.Map<String, Object> membership(long accountId, OrgRole role) {
        return java.util.Map.of("account", accountId, "role", role.name());
    }

    private String form(Model model, Organisation organisation, OrganisationForm form, FormErrors errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("members", organisation == null ? List.of() : organisations.members(organisation.id()));
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        if (!model.containsAttribute("memberErrors")) {
            model.addAttribute("memberErrors", FormErrors.none());
        }
        return "organisation/admin-form";
    }

    private String slugFor(OrganisationForm form, long id, BindingResult result) {
        String slug = form.slug.isBlank() ? Slugs.slugify(form.name) : form.slug;
        if (!result.hasFieldErrors("slug") && !slug.isEmpty() && repository.slugTaken(slug, id)) {
            result.rejectValue("slug", "slug.taken");
        }
        return slug;
    }

    private void requireAdmin() {
        permissions.platform(organisations.currentActor()).orForbid();
    }
}

package de.stadtdialog.verification.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import de.stadtdialog.verification.VerificationMethod;

/**
 * Administrators upload the register extract and create letter codes; staff of any organisation
 * verify people in person at the desk.
 */
@Controller
@RequestMapping("/verwaltung/verifizierung")
class VerificationAdminController {

    private final VerificationService service;
    private final VerificationSettings settings;
    private final Organisations organisations;
    private final PermissionEvaluator evaluator;
    private final Accounts accounts;
    private final Taxonomy taxonomy;

    VerificationAdminController(VerificationService service, VerificationSettings settings,
            Organisations organisations, PermissionEvaluator evaluator, Accounts accounts, Taxonomy taxonomy) {
        this.service = service;
        this.settings = settings;
        this.organisations = organisations;
        this.evaluator = evaluator;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String overview(Model model) {
        evaluator.platform(organisations.currentActor()).orForbid();
        CodesForm codes = new CodesForm();
        codes.validUntil = service.today().plusMonths(3);
        return page(model, FormErrors.none(), codes, FormErrors.none());
    }

    @PostMapping("/melderegister")
    String upload(@RequestParam(name = "datei", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui,
            Model model, RedirectAttributes redirect) throws IOException {
        Actor actor = organisations.currentActor();
        evaluator.platform(actor).orForbid();
        require(VerificationMethod.REGISTER);
        CodesForm codes = new CodesForm();
        codes.validUntil = service.today().plusMonths(3);
        BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "upload");
        if (file == null || file.isEmpty()) {
            FormErrors.reject(errors, "datei", "verification.upload.missing");
        } else {
            VerificationService.Upload upload = service.uploadRegister(file.getBytes(), actor.accountId());
            if (upload.replaced()) {
                redirect.addAttribute("hochgeladen", upload.rows());
                return "redirect:/verwaltung/verifizierung";
            }
            String code = !upload.invalidLines().isEmpty() ? "verification.upload.invalid-lines"
                    : !upload.unknownDistricts().isEmpty() ? "verification.upload.unknown-districts"
                    : "verification.upload.empty";
            Object detail = !upload.invalidLines().isEmpty()
                    ? String.join(", ", upload.invalidLines().stream().limit(10).map(String::valueOf).toList())
                    : String.join(", ", upload.unknownDistricts().stream().limit(10).toList());
            errors.addError(new FieldError("upload", "datei", null, false, new String[] { code },
                    new Object[] { detail, upload.invalidLines().size() }, code));
        }
        return page(model, FormErrors.of(errors, ui), codes, FormErrors.none());
    }

    /** New letter codes as a CSV download; they are shown this once and stored only as hashes. */
    @PostMapping("/briefcodes")
    ModelAndView createCodes(@Validated @ModelAttribute("codesForm") CodesForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model) {
        Actor actor = organisations.currentActor();
        evaluator.platform(actor).orForbid();
        require(VerificationMethod.LETTER);
        if (form.validUntil != null && form.validUntil.isBefore(service.today())) {
            result.rejectValue("validUntil", "verification.codes.valid-until.past");
        }
        if (form.districtId != null && taxonomy.districts().stream().noneMatch(term -> term.id() == form.districtId)) {
            result.rejectValue("districtId", "verification.codes.district.unknown");
        }
        if (result.hasErrors()) {
            return new ModelAndView(page(model, FormErrors.none(), form, FormErrors.of(result, ui)));
        }
        List<String> codes = service.createCodes(form.count, form.districtId, form.validUntil, actor.accountId());
        String filename = "verifizierungscodes-" + service.today() + ".csv";
        return new ModelAndView((View) (attributes, request, response) -> {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            CsvTable table = new CsvTable(response.getOutputStream());
            table.row(List.of("code", "gueltig_bis"));
            for (String code : codes) {
                table.row(List.of(code, form.validUntil.toString()));
            }
            table.finish();
        });
    }

    @GetMapping("/vor-ort")
    String desk(@RequestParam(name = "suche", defaultValue = "") String search, Model model) {
        evaluator.cityStaff(organisations.currentActor()).orForbid();
        require(VerificationMethod.IN_PERSON);
        InPersonForm form = new InPersonForm();
        if (!search.isBlank()) {
            accounts.findActiveIdByLogin(search.trim()).ifPresent(id -> {
                form.accountId = id;
                service.status(id).ifPresent(status -> {
                    form.districtId = status.districtId();
                    form.birthDate = status.birthDate();
                });
            });
        }
        return desk(model, search.trim(), form, FormErrors.none());
    }

    @PostMapping("/vor-ort")
    String verify(@Validated @ModelAttribute("form") InPersonForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Actor actor = organisations.currentActor();
        evaluator.cityStaff(actor).orForbid();
        require(VerificationMethod.IN_PERSON);
        if (form.accountId == null || accounts.activeEmail(form.accountId).isEmpty()) {
            throw new NotFoundException();
        }
        if (form.accountId.equals(actor.accountId())) {
            result.reject("verification.in-person.self");
        }
        if (form.districtId != null && taxonomy.districts().stream().noneMatch(term -> term.id() == form.districtId)) {
            result.rejectValue("districtId", "verification.codes.district.unknown");
        }
        if (form.birthDate != null && form.birthDate.isAfter(service.today())) {
            result.rejectValue("birthDate", "verification.birth-date.future");
        }
        if (result.hasErrors()) {
            return desk(model, accounts.displayName(form.accountId), form, FormErrors.of(result, ui));
        }
        service.verifyInPerson(actor.accountId(), form.accountId, form.districtId, form.birthDate);
        redirect.addAttribute("verifiziert", accounts.displayName(form.accountId));
        return "redirect:/verwaltung/verifizierung/vor-ort";
    }

    private String desk(Model model, String search, InPersonForm form, FormErrors errors) {
        String username = form.accountId == null ? null : accounts.displayName(form.accountId);
        model.addAttribute("page", new InPersonPage(search, username,
                form.accountId == null ? null : service.status(form.accountId).orElse(null), form, errors,
                taxonomy.districts()));
        return "verification/in-person";
    }

    private String page(Model model, FormErrors uploadErrors, CodesForm codes, FormErrors codesErrors) {
        var register = service.register();
        var counts = service.codeCounts();
        model.addAttribute("page", new VerificationAdminPage(settings.on(VerificationMethod.REGISTER),
                settings.on(VerificationMethod.LETTER), settings.on(VerificationMethod.IN_PERSON),
                register.map(VerificationRepository.RegisterInfo::uploadedAt).orElse(null),
                register.map(VerificationRepository.RegisterInfo::rowCount).orElse(0), uploadErrors, counts.open(),
                counts.used(), counts.expired(), codes, codesErrors, taxonomy.districts(), service.countsByMethod()));
        return "verification/admin";
    }

    private void require(VerificationMethod method) {
        if (!settings.on(method)) {
            throw new NotFoundException();
        }
    }
}

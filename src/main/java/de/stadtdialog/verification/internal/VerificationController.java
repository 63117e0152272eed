package de.stadtdialog.verification.internal;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import de.stadtdialog.verification.VerificationMethod;
import de.stadtdialog.verification.VerificationStatus;

/** A citizen sees their verification, verifies by register or letter code, and removes it. */
@Controller
@RequestMapping("/konto/verifizierung")
class VerificationController {

    private final VerificationService service;
    private final VerificationSettings settings;
    private final Taxonomy taxonomy;

    VerificationController(VerificationService service, VerificationSettings settings, Taxonomy taxonomy) {
        this.service = service;
        this.settings = settings;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String show(Model model) {
        return page(model, new RegisterForm(), FormErrors.none(), new LetterForm(), FormErrors.none());
    }

    @PostMapping("/melderegister")
    String register(@Validated @ModelAttribute("registerForm") RegisterForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model) {
        require(VerificationMethod.REGISTER);
        if (!result.hasErrors()) {
            Optional<VerificationService.Problem> problem = service.verifyByRegister(user().id(), form.resident());
            if (problem.isEmpty()) {
                return "redirect:/konto/verifizierung?verifiziert=";
            }
            reject(problem.get(), result);
        }
        return page(model, form, FormErrors.of(result, ui), new LetterForm(), FormErrors.none());
    }

    @PostMapping("/brief")
    String letter(@Validated @ModelAttribute("letterForm") LetterForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model) {
        require(VerificationMethod.LETTER);
        if (!result.hasErrors()) {
            Optional<VerificationService.Problem> problem = service.verifyByLetter(user().id(), form.code);
            if (problem.isEmpty()) {
                return "redirect:/konto/verifizierung?verifiziert=";
            }
            reject(problem.get(), result);
        }
        return page(model, new RegisterForm(), FormErrors.none(), form, FormErrors.of(result, ui));
    }

    @PostMapping("/entfernen")
    String remove() {
        service.remove(user().id());
        return "redirect:/konto/verifizierung?entfernt=";
    }

    private String page(Model model, RegisterForm registerForm, FormErrors registerErrors, LetterForm letterForm,
            FormErrors letterErrors) {
        VerificationStatus status = service.status(user().id()).orElse(null);
        String district = status == null || status.districtId() == null ? null
                : taxonomy.districts().stream().filter(term -> term.id() == status.districtId())
                        .map(Taxonomy.Term::name).findFirst().orElse(null);
        model.addAttribute("page", new AccountVerificationPage(status,
                status != null && status.expiredOn(service.today()), district,
                settings.on(VerificationMethod.REGISTER), settings.on(VerificationMethod.LETTER),
                settings.on(VerificationMethod.IN_PERSON), registerForm, registerErrors, letterForm, letterErrors));
        return "verification/account";
    }

    private void require(VerificationMethod method) {
        if (!settings.on(method)) {
            throw new NotFoundException();
        }
    }

    static void reject(VerificationService.Problem problem, BindingResult result) {
        if (problem.field().equals("form")) {
            result.reject(problem.messageKey(), problem.args(), problem.messageKey());
        } else {
            result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
        }
    }

    private static CurrentUser user() {
        return Accounts.current().orElseThrow(NotFoundException::new);
    }
}

package de.stadtdialog.account.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.account.ExternalIdentity;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.Ui;

/**
 * The pages around a login through an identity provider: choosing a username for a new account or
 * linking an existing one after the first login, and linking and unlinking on the account page.
 */
@Controller
class ExternalLoginController {

    private final ExternalLogin externalLogin;
    private final ExternalLoginService service;
    private final LoginProviders providers;
    private final LoginAuthenticationProvider passwordLogin;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ExternalLoginController(ExternalLogin externalLogin, ExternalLoginService service, LoginProviders providers,
            LoginAuthenticationProvider passwordLogin) {
        this.externalLogin = externalLogin;
        this.service = service;
        this.providers = providers;
        this.passwordLogin = passwordLogin;
    }

    @GetMapping("/anmelden/extern")
    String choose(HttpServletRequest request, Model model) {
        Optional<ExternalIdentity> identity = externalLogin.pending(request);
        if (identity.isEmpty()) {
            return "redirect:/anmelden?extern-abgelaufen";
        }
        AccountForms.LinkAccount linkForm = new AccountForms.LinkAccount();
        if (service.verifiedEmailTaken(identity.get())) {
            linkForm.login = identity.get().email();
        }
        return page(model, identity.get(), new AccountForms.ExternalRegistration(), FormErrors.none(), linkForm, "");
    }

    @PostMapping("/anmelden/extern/konto")
    String create(@Validated @ModelAttribute("form") AccountForms.ExternalRegistration form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<ExternalIdentity> identity = externalLogin.pending(request);
        if (identity.isEmpty()) {
            return "redirect:/anmelden?extern-abgelaufen";
        }
        if (!form.acceptTerms) {
            result.rejectValue("acceptTerms", "registration.terms-required");
        }
        if (service.verifiedEmailTaken(identity.get())) {
            result.reject("external.email-taken");
        }
        if (!result.hasErrors()) {
            ExternalLoginService.Created created = service.createAccount(identity.get(), form.username, locale);
            switch (created.outcome()) {
                case CREATED -> {
                    return "redirect:" + externalLogin.logIn(created.user(), request, response, null);
                }
                case USERNAME_TAKEN -> result.rejectValue("username", "username.taken");
                case EMAIL_TAKEN -> result.reject("external.email-taken");
                case ALREADY_LINKED -> {
                    externalLogin.dropPending(request);
                    return "redirect:/anmelden?extern-fehler";
                }
            }
        }
        return page(model, identity.get(), form, FormErrors.of(result, ui), new AccountForms.LinkAccount(), "");
    }

    @PostMapping("/anmelden/extern/verknuepfen")
    String link(@ModelAttribute("linkForm") AccountForms.LinkAccount form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<ExternalIdentity> identity = externalLogin.pending(request);
        if (identity.isEmpty()) {
            return "redirect:/anmelden?extern-abgelaufen";
        }
        String error;
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(form.login, form.password);
            attempt.setDetails(details.buildDetails(request));
            CurrentUser user = (CurrentUser) passwordLogin.authenticate(attempt).getPrincipal();
            if (service.link(identity.get(), user.id())) {
                return "redirect:" + externalLogin.logIn(user, request, response, "/konto?dienst-verknuepft");
            }
            error = "external.already-linked";
        } catch (LockedException e) {
            error = "login.error.throttled";
        } catch (DisabledException e) {
            error = "login.error.unconfirmed";
        } catch (AuthenticationException e) {
            error = "login.error.credentials";
        }
        form.password = "";
        return page(model, identity.get(), new AccountForms.ExternalRegistration(), FormErrors.none(), form, error);
    }

    @PostMapping("/anmelden/extern/abbrechen")
    String cancel(HttpServletRequest request) {
        externalLogin.dropPending(request);
        return "redirect:/anmelden";
    }

    /** A link, not a form: the browser goes on to the provider, which a form's {@code form-action} would stop. */
    @GetMapping("/konto/anmeldedienste/{provider}/verknuepfen")
    String startLinking(@AuthenticationPrincipal CurrentUser user, @PathVariable String provider,
            HttpServletRequest request) {
        LoginProvider known = providers.find(provider)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        externalLogin.startLinking(user, known.id(), request);
        return "redirect:" + known.startUrl();
    }

    @PostMapping("/konto/anmeldedienste/trennen")
    String unlink(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String subject) {
        return switch (service.unlink(user.id(), provider, subject)) {
            case UNLINKED -> "redirect:/konto?dienst-getrennt";
            case LAST_WAY_IN -> "redirect:/konto?dienst-noetig";
            case NOT_FOUND -> "redirect:/konto";
        };
    }

    private String page(Model model, ExternalIdentity identity, AccountForms.ExternalRegistration form,
            FormErrors errors, AccountForms.LinkAccount linkForm, String linkError) {
        model.addAttribute("identity", identity);
        model.addAttribute("providerName", providers.name(identity.provider()));
        model.addAttribute("emailTaken", service.verifiedEmailTaken(identity));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("linkForm", linkForm);
        model.addAttribute("linkError", linkError);
        return "account/external";
    }
}

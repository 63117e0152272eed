package de.stadtdialog.account.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.AccountNotices;
import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.Ui;

@Controller
class AccountController {

    private final AccountService accounts;
    private final ExternalLoginService externalLogins;
    private final LoginProviders providers;
    private final ObjectProvider<AccountNotices> notices;
    private final SpamGuard spam;

    AccountController(AccountService accounts, ExternalLoginService externalLogins, LoginProviders providers,
            ObjectProvider<AccountNotices> notices, SpamGuard spam) {
        this.spam = spam;
        this.accounts = accounts;
        this.externalLogins = externalLogins;
        this.providers = providers;
        this.notices = notices;
    }

    /** The identity providers the city configured, offered on the login and registration pages. */
    @ModelAttribute("providers")
    List<LoginProvider> providers() {
        return providers.all();
    }

    @GetMapping("/registrieren")
    String registerForm(Model model) {
        model.addAttribute("form", new AccountForms.Registration());
        model.addAttribute("errors", FormErrors.none());
        return "account/register";
    }

    @PostMapping("/registrieren")
    String register(@Validated @ModelAttribute("form") AccountForms.Registration form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, Locale locale, HttpServletRequest request) {
        accounts.checkPassword(form.password, form.username, form.email)
                .ifPresent(key -> result.rejectValue("password", key));
        if (!form.acceptTerms) {
            result.rejectValue("acceptTerms", "registration.terms-required");
        }
        var submission = spam.check(request, result, null, "registration", "username", null);
        if (!result.hasErrors() && accounts.register(form.username, form.email, form.password, locale)
                == AccountService.Outcome.USERNAME_TAKEN) {
            result.rejectValue("username", "username.taken");
        }
        if (result.hasErrors()) {
            form.password = "";
            model.addAttribute("errors", FormErrors.of(result, ui));
            return "account/register";
        }
        submission.record();
        model.addAttribute("email", form.email);
        return "account/register-sent";
    }

    @GetMapping("/konto/bestaetigen")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("confirmed", accounts.confirm(token));
        return "account/confirmed";
    }

    @GetMapping("/anmelden")
    String loginForm(HttpServletRequest request, Model model) {
        AccountForms.Login form = new AccountForms.Login();
        String error = "";
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SecurityConfig.LOGIN_FAILURE) instanceof SecurityConfig.LoginFailure failure) {
            session.removeAttribute(SecurityConfig.LOGIN_FAILURE);
            form.login = failure.login() == null ? "" : failure.login();
            error = "login.error." + failure.reason();
        }
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "account/login";
    }

    @GetMapping("/passwort-vergessen")
    String forgotForm(Model model) {
        model.addAttribute("form", new AccountForms.ForgotPassword());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("sent", false);
        return "account/forgot";
    }

    @PostMapping("/passwort-vergessen")
    String forgot(@Validated @ModelAttribute("form") AccountForms.ForgotPassword form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, Locale locale) {
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, ui));
            model.addAttribute("sent", false);
            return "account/forgot";
        }
        accounts.requestPasswordReset(form.email, locale);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    @GetMapping("/passwort-neu")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        AccountForms.NewPassword form = new AccountForms.NewPassword();
        form.token = token;
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("valid", accounts.resetTokenValid(token));
        return "account/reset";
    }

    @PostMapping("/passwort-neu")
    String reset(@ModelAttribute("form") AccountForms.NewPassword form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        accounts.checkPassword(form.password, null, null).ifPresent(key -> result.rejectValue("password", key));
        if (!result.hasErrors()) {
            if (accounts.resetPassword(form.token, form.password)) {
                redirect.addAttribute("passwort-gesetzt", "");
                return "redirect:/anmelden";
            }
            model.addAttribute("valid", false);
        } else {
            model.addAttribute("valid", true);
        }
        form.password = "";
        model.addAttribute("errors", FormErrors.of(result, ui));
        return "account/reset";
    }

    @GetMapping("/konto")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notices", notices.orderedStream().flatMap(source -> source.noticesFor(user.id()).stream())
                .toList());
        AccountForms.ChangeUsername usernameForm = new AccountForms.ChangeUsername();
        usernameForm.username = user.username();
        model.addAttribute("usernameForm", usernameForm);
        model.addAttribute("usernameErrors", FormErrors.none());
        return settingsPage(user, model, new AccountForms.ChangeEmail(), new AccountForms.ChangePassword(),
                new AccountForms.DeleteAccount(), FormErrors.none(), FormErrors.none(), FormErrors.none());
    }

    @PostMapping("/konto/benutzername")
    String changeUsername(@AuthenticationPrincipal CurrentUser user,
            @Validated @ModelAttribute("usernameForm") AccountForms.ChangeUsername form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !accounts.changeUsername(user.id(), form.username)) {
            result.rejectValue("username", "username.taken");
        }
        if (result.hasErrors()) {
            model.addAttribute("usernameErrors", FormErrors.of(result, ui));
            return settingsPage(user, model, new AccountForms.ChangeEmail(), new AccountForms.ChangePassword(),
                    new AccountForms.DeleteAccount(), FormErrors.none(), FormErrors.none(), FormErrors.none());
        }
        refreshSession(new CurrentUser(user.id(), form.username.trim(), user.platformAdmin()), request, response);
        redirect.addAttribute("benutzername-geaendert", "");
        return "redirect:/konto";
    }

    /** The session holds the name shown in the page header; it follows the change at once. */
    private static void refreshSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities());
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        new org.springframework.security.web.context.HttpSessionSecurityContextRepository()
                .saveContext(context, request, response);
    }

    @PostMapping("/konto/email")
    String changeEmail(@AuthenticationPrincipal CurrentUser user,
            @Validated @ModelAttribute("emailForm") AccountForms.ChangeEmail form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, Locale locale, RedirectAttributes redirect) {
        if (!accounts.confirmsOwnership(user.id(), form.currentPassword)) {
            result.rejectValue("currentPassword", "password.current-wrong");
        }
        if (result.hasErrors()) {
            form.currentPassword = "";
            return settingsPage(user, model, form, new AccountForms.ChangePassword(), new AccountForms.DeleteAccount(),
                    FormErrors.of(result, ui), FormErrors.none(), FormErrors.none());
        }
        accounts.requestEmailChange(user.id(), form.email, locale);
        redirect.addAttribute("email-gesendet", "");
        return "redirect:/konto";
    }

    @GetMapping("/konto/email-bestaetigen")
    String confirmEmail(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("confirmed", accounts.confirmEmailChange(token));
        return "account/email-confirmed";
    }

    @PostMapping("/konto/passwort")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("passwordForm") AccountForms.ChangePassword form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        if (!accounts.confirmsOwnership(user.id(), form.currentPassword)) {
            result.rejectValue("currentPassword", "password.current-wrong");
        }
        accounts.checkPassword(form.password, user.username(), null)
                .ifPresent(key -> result.rejectValue("password", key));
        if (result.hasErrors()) {
            form.currentPassword = "";
            form.password = "";
            return settingsPage(user, model, new AccountForms.ChangeEmail(), form, new AccountForms.DeleteAccount(),
                    FormErrors.none(), FormErrors.of(result, ui), FormErrors.none());
        }
        accounts.changePassword(user.id(), form.password);
        redirect.addAttribute("passwort-geaendert", "");
        return "redirect:/konto";
    }

    @PostMapping("/konto/loeschen")
    String delete(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("deleteForm") AccountForms.DeleteAccount form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!accounts.confirmsOwnership(user.id(), form.currentPassword)) {
            result.rejectValue("currentPassword", "password.current-wrong");
        }
        if (!form.confirm) {
            result.rejectValue("confirm", "account.delete.confirm-required");
        }
        if (result.hasErrors()) {
            form.currentPassword = "";
            return settingsPage(user, model, new AccountForms.ChangeEmail(), new AccountForms.ChangePassword(), form,
                    FormErrors.none(), FormErrors.none(), FormErrors.of(result, ui));
        }
        accounts.delete(user.id(), form.removeContributions);
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/?konto-geloescht";
    }

    @GetMapping(value = "/konto/daten.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> personalData(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meine-daten.json\"")
                .body(accounts.personalData(user.id()));
    }

    private String settingsPage(CurrentUser user, Model model, AccountForms.ChangeEmail emailForm,
            AccountForms.ChangePassword passwordForm, AccountForms.DeleteAccount deleteForm, FormErrors emailErrors,
            FormErrors passwordErrors, FormErrors deleteErrors) {
        if (!model.containsAttribute("usernameForm")) {
            AccountForms.ChangeUsername usernameForm = new AccountForms.ChangeUsername();
            usernameForm.username = Accounts.current().map(CurrentUser::username).orElse("");
            model.addAttribute("usernameForm", usernameForm);
        }
        if (!model.containsAttribute("usernameErrors")) {
            model.addAttribute("usernameErrors", FormErrors.none());
        }
        model.addAttribute("emailForm", emailForm);
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("deleteForm", deleteForm);
        model.addAttribute("emailErrors", emailErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("deleteErrors", deleteErrors);
        model.addAttribute("hasPassword", accounts.hasPassword(user.id()));
        model.addAttribute("identities", externalLogins.identities(user.id()));
        return "account/settings";
    }
}

package de.stadtdialog.account.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.account.ConsentDocuments;
import de.stadtdialog.account.CurrentUser;

/** The page that asks for consent to new versions of the terms of use and the privacy notice. */
@Controller
class ConsentController {

    private final AccountRepository accounts;
    private final ConsentDocuments documents;
    private final ConsentCheck check;
    private final Clock clock;

    ConsentController(AccountRepository accounts, ConsentDocuments documents, ConsentCheck check, Clock clock) {
        this.accounts = accounts;
        this.documents = documents;
        this.check = check;
        this.clock = clock;
    }

    @GetMapping(ConsentCheck.PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "/") String weiter,
            Model model) {
        return page(user, safe(weiter), false, model);
    }

    @PostMapping(ConsentCheck.PAGE)
    String consent(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "/") String weiter,
            @RequestParam(defaultValue = "false") boolean accept, Model model, HttpServletRequest request) {
        if (!accept) {
            return page(user, safe(weiter), true, model);
        }
        accounts.recordConsent(user.id(), documents.termsVersion(), documents.privacyVersion(), clock.instant());
        request.getSession().setAttribute(ConsentCheck.CHECKED,
                documents.termsVersion() + "|" + documents.privacyVersion());
        return "redirect:" + safe(weiter);
    }

    private String page(CurrentUser user, String next, boolean missing, Model model) {
        var row = accounts.findById(user.id()).orElseThrow();
        model.addAttribute("consent", new ConsentPage(next, missing,
                row.termsVersion() != null && !row.termsVersion().equals(documents.termsVersion()),
                row.privacyVersion() != null && !row.privacyVersion().equals(documents.privacyVersion()),
                check.outdated(user.id())));
        return "account/consent";
    }

    /** Only paths of this site, so the link cannot send anyone elsewhere. */
    private static String safe(String next) {
        return next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}

package de.stadtdialog.notification;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import de.stadtdialog.shared.web.NotFoundException;

/**
 * Stops notification mails without logging in: the link in every mail opens a page with one button,
 * and mail programs that offer "unsubscribe" post to the same address directly (RFC 8058).
 */
@Controller
@RequestMapping("/e-mails/abbestellen/{token}")
class UnsubscribeController {

    private final NotificationMails mails;

    UnsubscribeController(NotificationMails mails) {
        this.mails = mails;
    }

    @GetMapping
    String confirm(@PathVariable String token, Model model) {
        var setting = mails.byToken(token).orElseThrow(NotFoundException::new);
        model.addAttribute("token", token);
        model.addAttribute("done", setting.frequency() == MailFrequency.NEVER);
        return "notification/unsubscribe";
    }

    @PostMapping
    @ResponseStatus(HttpStatus.OK)
    String unsubscribe(@PathVariable String token, Model model) {
        if (!mails.unsubscribe(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "notification/unsubscribe";
    }
}

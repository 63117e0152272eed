package de.stadtdialog.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;

/** A person's notifications, newest first. */
@Controller
@RequestMapping("/benachrichtigungen")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = Accounts.current().orElseThrow();
        model.addAttribute("notifications", notifications.latest(user.id(), 100));
        return "notification/list";
    }

    @GetMapping("/einstellungen")
    String settings(Model model) {
        model.addAttribute("frequency", notifications.mailFrequency(Accounts.current().orElseThrow().id()));
        return "notification/settings";
    }

    @PostMapping("/einstellungen")
    String chooseFrequency(@RequestParam(defaultValue = "") String frequency) {
        MailFrequency chosen = java.util.Arrays.stream(MailFrequency.values())
                .filter(f -> f.name().equals(frequency)).findFirst().orElse(null);
        if (chosen == null) {
            return "redirect:/benachrichtigungen/einstellungen?fehler";
        }
        notifications.chooseMailFrequency(Accounts.current().orElseThrow().id(), chosen);
        return "redirect:/benachrichtigungen/einstellungen?gespeichert";
    }

    @PostMapping("/gelesen")
    String markRead() {
        notifications.markAllRead(Accounts.current().orElseThrow().id());
        return "redirect:/benachrichtigungen?gelesen";
    }
}

package de.stadtdialog.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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

    @PostMapping("/gelesen")
    String markRead() {
        notifications.markAllRead(Accounts.current().orElseThrow().id());
        return "redirect:/benachrichtigungen?gelesen";
    }
}

package de.stadtdialog.moderation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.shared.audit.AuditLog;

/** The audit log of the back office, for the platform administrators only. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final AuditLog audit;
    private final ProjectPermissions permissions;
    private final PermissionEvaluator evaluator;

    AuditController(AuditLog audit, ProjectPermissions permissions, PermissionEvaluator evaluator) {
        this.audit = audit;
        this.permissions = permissions;
        this.evaluator = evaluator;
    }

    @GetMapping("/verwaltung/protokoll")
    String list(@RequestParam(name = "person", defaultValue = "") String person,
            @RequestParam(name = "typ", defaultValue = "") String type,
            @RequestParam(name = "von", defaultValue = "") String from,
            @RequestParam(name = "bis", defaultValue = "") String to,
            @RequestParam(name = "seite", defaultValue = "1") String pageParam, Model model) {
        evaluator.platform(permissions.currentActor()).orForbid();
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        int page = pageOf(pageParam);
        List<AuditLog.Entry> entries = audit.find(person, type,
                fromDay == null ? null : fromDay.atStartOfDay(ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZONE).toInstant(), page, PAGE_SIZE);
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
        model.addAttribute("more", entries.size() > PAGE_SIZE);
        model.addAttribute("page", page + 1);
        model.addAttribute("person", person);
        model.addAttribute("type", type);
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("types", audit.objectTypes());
        model.addAttribute("query", "person=" + encode(person) + "&typ=" + encode(type) + "&von="
                + (fromDay == null ? "" : fromDay) + "&bis=" + (toDay == null ? "" : toDay));
        return "moderation/audit";
    }

    private static LocalDate day(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int pageOf(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}

package de.stadtdialog.survey.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;

/**
 * The public record of an application form's lottery: seed, algorithm, rules, numbers and the drawn
 * applicant numbers, never names or answers, so anyone can re-run the draw.
 */
@Controller
class LotteryController {

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final LotteryService lottery;

    LotteryController(Projects projects, ProjectPermissions permissions, LotteryService lottery) {
        this.projects = projects;
        this.permissions = permissions;
        this.lottery = lottery;
    }

    @GetMapping("/umfragen/{phaseId}/losverfahren")
    String record(@PathVariable long phaseId, Model model) {
        Phase phase = projects.findPhase(phaseId).filter(p -> SurveyFormat.KEY.equals(p.formatKey()))
                .orElseThrow(NotFoundException::new);
        Project project = projects.find(phase.projectId()).orElseThrow(NotFoundException::new);
        if (permissions.decide(permissions.currentActor(), CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        lottery.application(phaseId);
        model.addAttribute("record", new LotteryRecord(project, phase, lottery.draws(phaseId),
                lottery.ruleDescriptions(phaseId).values().stream().toList()));
        return "survey/lottery-record";
    }
}

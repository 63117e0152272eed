package de.stadtdialog.survey.internal;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/**
 * The record as published: the draw in force, the annulled draws with their reasons, and the rules
 * as they stand now (shown before the first draw).
 */
public record LotteryRecord(Project project, Phase phase, List<LotteryDraw.Details> draws,
        List<MessageSourceResolvable> rules) {

    public LotteryDraw.Details current() {
        return draws.stream().filter(d -> d.draw().inForce()).findFirst().orElse(null);
    }

    public List<LotteryDraw.Details> annulled() {
        return draws.stream().filter(d -> !d.draw().inForce()).toList();
    }

    /** The program that re-runs the draw in force, or an example before the first draw. */
    public String program() {
        LotteryDraw.Details current = current();
        return current != null ? current.program()
                : Lottery.program(List.of(101L, 102L, 103L, 104L, 105L), "2026-06-06 Lotto 3 11 19 27 38 45", 2);
    }

    public String algorithm() {
        return Lottery.ALGORITHM;
    }
}

package de.stadtdialog.survey.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/**
 * The back-office page of an application form's lottery: rules, applicants with their eligibility,
 * the draw form, and the draws with names, for staff only.
 *
 * @param drawBlocked why no draw can be made now, or null
 * @param quotaQuestion the question whose options get quota fields in the draw form, or null
 * @param current the draw in force, or null
 */
public record LotteryAdminPage(Project project, Phase phase, LocalDate today, List<RuleLine> rules,
        boolean rulesLocked, List<Question> dateQuestions, List<Choice> answerChoices, List<Question> numberQuestions,
        List<Question> groupQuestions, List<ApplicantLine> applicants, String drawBlocked, Question quotaQuestion,
        List<String> quotaOptions, LotteryDraw.Details current, List<LotteryDraw.Details> annulled,
        Map<Long, ApplicantLine> byNumber) {

    public long eligible() {
        return applicants.stream().filter(ApplicantLine::eligible).count();
    }

    /** The applicant behind a drawn number; null when the application was deleted since. */
    public ApplicantLine applicant(long number) {
        return byNumber.get(number);
    }

    public String base() {
        return "/verwaltung/phasen/" + phase.id() + "/umfrage/losverfahren";
    }

    public record RuleLine(long id, String text) {
    }

    /** An option of a select: its value and its words. */
    public record Choice(String value, String label) {
    }

    /** An application as staff see it; the name is the account's, or null for one typed in from paper. */
    public record ApplicantLine(long number, String name, boolean eligible, List<String> reasons,
            List<AnswerLine> answers) {
    }

    public record AnswerLine(String question, String answer) {
    }
}

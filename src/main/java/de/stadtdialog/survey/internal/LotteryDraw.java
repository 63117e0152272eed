package de.stadtdialog.survey.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

import de.stadtdialog.survey.Lotteries;
import de.stadtdialog.survey.QuestionType;

/**
 * A draw as recorded: what was drawn with which seed and rules, by whom and when, and whether it
 * was annulled (and why).
 */
public record LotteryDraw(long id, long phaseId, String algorithm, String seed, boolean seedGenerated, int seats,
        LocalDate drawDate, String quotaQuestion, int applicants, int eligible, Long drawnBy, String drawnByName,
        Instant drawnAt, String annulledByName, Instant annulledAt, String annulReason) {

    static final String COLUMNS = "id, phase_id, algorithm, seed, seed_generated, seats, draw_date, quota_question, "
            + "applicants, eligible, drawn_by, drawn_by_name, drawn_at, annulled_by_name, annulled_at, annul_reason";

    public boolean inForce() {
        return annulledAt == null;
    }

    /** A rule in force at the draw, in the words of that moment. */
    public record Rule(long drawId, int position, Lotteries.Rule kind, QuestionType questionType, String question,
            String optionText, int amount) {

        public MessageSourceResolvable description() {
            return Eligibility.describe(kind, questionType, question, optionText, amount);
        }
    }

    /** Seats reserved for the applicants who chose one option of the quota question. */
    public record Quota(long drawId, int optionPos, String optionText, int seats) {
    }

    /** One place of the drawn order. */
    public record Entry(long drawId, int place, long responseId, boolean seat, Integer quotaGroup, boolean byQuota) {
    }

    /** A draw with its rules, quotas and drawn order. */
    public record Details(LotteryDraw draw, List<Rule> rules, List<Quota> quotas, List<Entry> entries) {

        public List<Entry> seated() {
            return entries.stream().filter(Entry::seat).toList();
        }

        public List<Entry> waiting() {
            return entries.stream().filter(entry -> !entry.seat()).toList();
        }

        /** The published input of the draw: every eligible applicant number, ascending. */
        public List<Long> eligibleNumbers() {
            return entries.stream().map(Entry::responseId).sorted().toList();
        }

        public String eligibleNumbersText() {
            return String.join(", ", eligibleNumbers().stream().map(String::valueOf).toList());
        }

        /** A program that re-runs this draw's order. */
        public String program() {
            return Lottery.program(eligibleNumbers(), draw.seed(), draw.seats());
        }

        public String quotaText(Integer group) {
            return group == null ? "" : quotas.stream().filter(q -> q.optionPos() == group).map(Quota::optionText)
                    .findFirst().orElse("");
        }
    }
}

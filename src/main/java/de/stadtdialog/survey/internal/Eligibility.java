package de.stadtdialog.survey.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import de.stadtdialog.survey.Lotteries;
import de.stadtdialog.survey.QuestionType;

/** Whether an application meets the initiator's rules, and in which words to say why not. */
final class Eligibility {

    private Eligibility() {
    }

    /** Which questions a rule can refer to. */
    static boolean fits(Lotteries.Rule rule, QuestionType type) {
        return switch (rule) {
            case MIN_AGE, MAX_AGE -> type == QuestionType.DATE;
            case ANSWER -> answerable(type);
            case MIN_NUMBER -> type == QuestionType.NUMBER;
        };
    }

    /** Questions whose options a required answer can name. */
    static boolean answerable(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.DROPDOWN
                || type == QuestionType.YES_NO || type == QuestionType.CONSENT || type == QuestionType.IMAGE_CHOICE;
    }

    /** Questions that split applicants into disjoint groups, one option each, for quotas. */
    static boolean groups(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.DROPDOWN || type == QuestionType.YES_NO
                || type == QuestionType.IMAGE_CHOICE;
    }

    /**
     * Every rule the application fails, as reasons to show; empty when eligible.
     *
     * @param on the day ages are counted on: the day of the draw
     */
    static List<MessageSourceResolvable> problems(List<LotteryRule> rules, Map<Long, Question> questions,
            List<Answer> answers, LocalDate on) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        for (LotteryRule rule : rules) {
            Question question = questions.get(rule.questionId());
            if (question == null) {
                continue;
            }
            List<Answer> given = answers.stream().filter(a -> a.questionId() == rule.questionId()).toList();
            switch (rule.kind()) {
                case MIN_AGE, MAX_AGE -> {
                    Optional<LocalDate> birth = given.stream().map(Answer::textValue).map(Eligibility::date)
                            .flatMap(Optional::stream).findFirst();
                    if (birth.isEmpty()) {
                        problems.add(message("lottery.reason.no-answer", question.title()));
                    } else {
                        int age = Period.between(birth.get(), on).getYears();
                        if (rule.kind() == Lotteries.Rule.MIN_AGE && age < rule.amount()) {
                            problems.add(message("lottery.reason.too-young", rule.amount()));
                        } else if (rule.kind() == Lotteries.Rule.MAX_AGE && age > rule.amount()) {
                            problems.add(message("lottery.reason.too-old", rule.amount()));
                        }
                    }
                }
                case ANSWER -> {
                    if (given.stream().noneMatch(a -> a.choice() != null && a.choice() == rule.amount())) {
                        problems.add(message("lottery.reason.answer", question.title(),
                                option(question.type(), optionText(question, rule.amount()), rule.amount())));
                    }
                }
                case MIN_NUMBER -> {
                    Optional<Double> number = given.stream().map(Answer::numberValue).filter(n -> n != null)
                            .findFirst();
                    if (number.isEmpty()) {
                        problems.add(message("lottery.reason.no-answer", question.title()));
                    } else if (number.get() < rule.amount()) {
                        problems.add(message("lottery.reason.number", question.title(), rule.amount()));
                    }
                }
            }
        }
        return problems;
    }

    /** The group an applicant belongs to: their option of the quota question, or null. */
    static Integer group(long quotaQuestionId, List<Answer> answers) {
        return answers.stream().filter(a -> a.questionId() == quotaQuestionId && a.choice() != null
                && a.choice() >= 0).map(Answer::choice).findFirst().orElse(null);
    }

    /** A rule in words, with its question as it is now. */
    static MessageSourceResolvable describe(LotteryRule rule, Question question) {
        return describe(rule.kind(), question.type(), question.title(), optionText(question, rule.amount()),
                rule.amount());
    }

    /** A rule in words, from the question as it is now or as it was at a draw. */
    static MessageSourceResolvable describe(Lotteries.Rule kind, QuestionType type, String question,
            String optionText, int amount) {
        return switch (kind) {
            case MIN_AGE -> message("lottery.rule.min-age", amount, question);
            case MAX_AGE -> message("lottery.rule.max-age", amount, question);
            case ANSWER -> message("lottery.rule.answer", question, option(type, optionText, amount));
            case MIN_NUMBER -> message("lottery.rule.min-number", question, amount);
        };
    }

    /** The text of a choice question's option, null for yes/no and consent, whose words depend on the language. */
    static String optionText(Question question, int position) {
        if (!question.type().choice()) {
            return null;
        }
        List<String> options = question.optionList();
        return position >= 0 && position < options.size() ? options.get(position) : String.valueOf(position);
    }

    /** An option as shown: its text, or yes, no or the consent in the reader's language. */
    static Object option(QuestionType type, String optionText, int position) {
        return switch (type) {
            case YES_NO -> message(position == Question.YES ? "survey.yes" : "survey.no");
            case CONSENT -> message("survey.consent");
            default -> optionText;
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] { key }, args, key);
    }
}

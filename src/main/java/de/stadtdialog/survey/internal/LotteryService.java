package de.stadtdialog.survey.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.survey.Lotteries;

/**
 * The lottery of an application form: the initiator's eligibility rules, who meets them, and the
 * draw, which is final until annulled with a reason. Callers check that the person may manage the survey.
 */
@Service
class LotteryService implements Lotteries {

    static final int MAX_SEATS = 1000;
    static final int MAX_SEED = 200;
    static final int MAX_REASON = 2000;

    private final LotteryRepository lotteries;
    private final SurveyRepository surveys;
    private final Projects projects;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LotteryService(LotteryRepository lotteries, SurveyRepository surveys, Projects projects, Accounts accounts,
            Clock clock) {
        this.lotteries = lotteries;
        this.surveys = surveys;
        this.projects = projects;
        this.accounts = accounts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- Rules ---

    @Override
    @Transactional
    public long addRule(long phaseId, Rule rule, long questionId, int amount) {
        MessageSourceResolvable problem = tryAddRule(phaseId, rule, questionId, amount);
        if (problem != null) {
            throw new IllegalArgumentException("Rule refused: " + problem.getCodes()[0]);
        }
        return lotteries.lastRule(phaseId);
    }

    /** Adds the rule, or says why not: a draw in force, or a rule that does not fit its question. */
    @Transactional
    public MessageSourceResolvable tryAddRule(long phaseId, Rule rule, long questionId, int amount) {
        MessageSourceResolvable problem = ruleProblem(phaseId, rule, questionId, amount);
        if (problem == null) {
            lotteries.insertRule(phaseId, rule, questionId, amount);
        }
        return problem;
    }

    private MessageSourceResolvable ruleProblem(long phaseId, Rule rule, long questionId, int amount) {
        application(phaseId);
        if (lotteries.inForce(phaseId).isPresent()) {
            return Eligibility.message("lottery.rules.locked");
        }
        Question question = surveys.questions(phaseId).stream().filter(q -> q.id() == questionId).findFirst()
                .orElse(null);
        if (question == null || !Eligibility.fits(rule, question.type())) {
            return Eligibility.message("lottery.rules.question");
        }
        boolean inRange = switch (rule) {
            case MIN_AGE, MAX_AGE -> amount >= 0 && amount <= 130;
            case ANSWER -> amount >= 0 && amount < options(question, "", "").size();
            case MIN_NUMBER -> true;
        };
        return inRange ? null : Eligibility.message("lottery.rules.amount." + rule.name().toLowerCase());
    }

    /** False when a draw is in force, which the rules it was drawn under must outlive. */
    @Transactional
    public boolean deleteRule(long phaseId, long ruleId) {
        application(phaseId);
        if (lotteries.inForce(phaseId).isPresent()) {
            return false;
        }
        if (!lotteries.deleteRule(phaseId, ruleId)) {
            throw new NotFoundException();
        }
        return true;
    }

    // --- Applicants ---

    /** An application with the applicant's name as staff see it, and why it is not eligible. */
    record Applicant(long number, String name, List<Answer> answers,
            List<MessageSourceResolvable> problems) {

        boolean eligible() {
            return problems.isEmpty();
        }
    }

    /** Every application in number order, checked against the rules on the given day. */
    List<Applicant> applicants(long phaseId, LocalDate on) {
        Map<Long, Question> questions = surveys.questions(phaseId).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<LotteryRule> rules = lotteries.rules(phaseId);
        var applications = lotteries.applications(phaseId);
        Map<Long, String> names = accounts.displayNames(applications.keySet().stream()
                .map(LotteryRepository.Application::accountId).filter(Objects::nonNull).toList());
        List<Applicant> applicants = new ArrayList<>();
        applications.forEach((application, answers) -> applicants.add(new Applicant(application.id(),
                application.accountId() == null ? null : names.get(application.accountId()), answers,
                Eligibility.problems(rules, questions, answers, on))));
        return applicants;
    }

    // --- The draw ---

    /**
     * What the initiator asks for.
     *
     * @param seed null to let the platform choose one
     * @param quotas seats per option position of the quota question
     */
    record Request(int seats, Long quotaQuestionId, Map<Integer, Integer> quotas, String seed) {
    }

    /** The draw's id, or the problems by form field ("form" for the draw as a whole). */
    record Outcome(Long drawId, Map<String, MessageSourceResolvable> problems) {

        boolean drawn() {
            return drawId != null;
        }
    }

    /** Why no draw can be made now, or null when it can. */
    MessageSourceResolvable drawBlocked(long phaseId) {
        Phase phase = projects.findPhase(phaseId).orElseThrow(NotFoundException::new);
        if (lotteries.inForce(phaseId).isPresent()) {
            return Eligibility.message("lottery.draw.in-force");
        }
        if (phase.stateOn(today()) != PhaseState.PAST) {
            return Eligibility.message("lottery.draw.still-open", phase.endsOn());
        }
        return null;
    }

    @Override
    @Transactional
    public long draw(long phaseId, long accountId, int seats, Long quotaQuestionId, Map<Integer, Integer> quotas,
            String seed) {
        Outcome outcome = draw(phaseId, accountId, new Request(seats, quotaQuestionId, quotas, seed), "Ja", "Nein");
        if (!outcome.drawn()) {
            throw new IllegalArgumentException("Draw refused: " + outcome.problems().values().stream()
                    .map(problem -> problem.getCodes()[0]).toList());
        }
        return outcome.drawId();
    }

    /**
     * Draws and records the result, or returns the problems and changes nothing.
     *
     * @param yes the word for yes, in the record as the name of a quota group of a yes/no question
     */
    @Transactional
    public Outcome draw(long phaseId, long accountId, Request request, String yes, String no) {
        application(phaseId);
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        MessageSourceResolvable blocked = drawBlocked(phaseId);
        if (blocked != null) {
            problems.put("form", blocked);
        }
        if (request.seats() < 1 || request.seats() > MAX_SEATS) {
            problems.put("seats", Eligibility.message("lottery.draw.seats", MAX_SEATS));
        }
        String seed = request.seed() == null ? generatedSeed() : request.seed().strip();
        if (seed.isEmpty()) {
            problems.put("seed", Eligibility.message("lottery.draw.seed.required"));
        } else if (seed.length() > MAX_SEED) {
            problems.put("seed", Eligibility.message("lottery.draw.seed.too-long", MAX_SEED));
        }
        Question quotaQuestion = null;
        List<String> groups = List.of();
        if (request.quotaQuestionId() != null) {
            quotaQuestion = surveys.questions(phaseId).stream()
                    .filter(q -> q.id() == request.quotaQuestionId() && Eligibility.groups(q.type())).findFirst()
                    .orElse(null);
            if (quotaQuestion == null) {
                problems.put("quotaQuestion", Eligibility.message("lottery.draw.quota-question"));
            } else {
                groups = options(quotaQuestion, yes, no);
                int reserved = 0;
                for (int option = 0; option < groups.size(); option++) {
                    Integer quota = request.quotas().get(option);
                    if (quota != null && quota < 0) {
                        problems.put("quota-" + option, Eligibility.message("lottery.draw.quota.negative"));
                    } else if (quota != null) {
                        reserved += quota;
                    }
                }
                if (reserved > request.seats() && !problems.containsKey("seats")) {
                    problems.put("quota-0", Eligibility.message("lottery.draw.quota.sum", reserved,
                            request.seats()));
                }
            }
        }
        LocalDate today = today();
        List<Applicant> applicants = applicants(phaseId, today);
        List<Applicant> eligible = applicants.stream().filter(Applicant::eligible).toList();
        if (eligible.isEmpty() && problems.isEmpty()) {
            problems.put("form", Eligibility.message("lottery.draw.no-eligible"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Long groupQuestion = quotaQuestion == null ? null : quotaQuestion.id();
        List<Lottery.Place> places = Lottery.draw(eligible.stream().map(applicant -> new Lottery.Applicant(
                applicant.number(), groupQuestion == null ? null : Eligibility.group(groupQuestion,
                        applicant.answers()))).toList(), seed, request.seats(), groupQuestion == null ? Map.of()
                                : request.quotas());
        long drawId;
        try {
            drawId = lotteries.insertDraw(phaseId, seed, request.seed() == null, request.seats(), today,
                    quotaQuestion == null ? null : quotaQuestion.title(), applicants.size(), eligible.size(),
                    accountId, accounts.displayName(accountId), clock.instant());
        } catch (DuplicateKeyException e) {
            // someone else drew at the same moment: theirs is the draw in force
            return new Outcome(null, Map.of("form", Eligibility.message("lottery.draw.in-force")));
        }
        lotteries.insertDrawRules(ruleRecord(drawId, phaseId));
        List<LotteryDraw.Quota> quotas = new ArrayList<>();
        for (int option = 0; option < groups.size(); option++) {
            quotas.add(new LotteryDraw.Quota(drawId, option, groups.get(option),
                    request.quotas().getOrDefault(option, 0)));
        }
        lotteries.insertQuotas(quotas);
        List<LotteryDraw.Entry> entries = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Lottery.Place place = places.get(i);
            entries.add(new LotteryDraw.Entry(drawId, i + 1, place.number(), place.seat(), place.group(),
                    place.byQuota()));
        }
        lotteries.insertEntries(entries);
        return new Outcome(drawId, Map.of());
    }

    /** The rules in force, in their words of now, so later changes to the form never alter the record. */
    private List<LotteryDraw.Rule> ruleRecord(long drawId, long phaseId) {
        Map<Long, Question> questions = surveys.questions(phaseId).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<LotteryDraw.Rule> record = new ArrayList<>();
        for (LotteryRule rule : lotteries.rules(phaseId)) {
            Question question = questions.get(rule.questionId());
            record.add(new LotteryDraw.Rule(drawId, record.size(), rule.kind(), question.type(), question.title(),
                    rule.kind() == Rule.ANSWER ? Eligibility.optionText(question, rule.amount()) : null,
                    rule.amount()));
        }
        return record;
    }

    /** Four groups of four hexadecimal digits, easy to read out and type. */
    private String generatedSeed() {
        String hex = HexFormat.of().formatHex(random.generateSeed(8));
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12);
    }

    /** Ends the draw in force; it stays in the record with the reason. False when the reason is missing. */
    @Transactional
    public boolean annul(long phaseId, long drawId, long accountId, String reason) {
        application(phaseId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            return false;
        }
        if (!lotteries.annul(phaseId, drawId, accounts.displayName(accountId), text, clock.instant())) {
            throw new NotFoundException();
        }
        return true;
    }

    // --- Reading the record ---

    List<LotteryDraw.Details> draws(long phaseId) {
        return lotteries.draws(phaseId).stream().map(lotteries::details).toList();
    }

    /** The survey's rules in words, by rule id, in the order they were set. */
    Map<Long, MessageSourceResolvable> ruleDescriptions(long phaseId) {
        Map<Long, Question> questions = surveys.questions(phaseId).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<Long, MessageSourceResolvable> descriptions = new LinkedHashMap<>();
        for (LotteryRule rule : lotteries.rules(phaseId)) {
            Question question = questions.get(rule.questionId());
            if (question != null) {
                descriptions.put(rule.id(), Eligibility.describe(rule, question));
            }
        }
        return descriptions;
    }

    /** The options of a choice question; yes and no in the given words. */
    static List<String> options(Question question, String yes, String no) {
        return switch (question.type()) {
            case YES_NO -> List.of(yes, no);
            case CONSENT -> List.of(yes);
            default -> question.optionList();
        };
    }

    /** The survey of the phase, which must be an application form. */
    Survey application(long phaseId) {
        return surveys.survey(phaseId).filter(survey -> survey.purpose() == Survey.Purpose.APPLICATION)
                .orElseThrow(NotFoundException::new);
    }
}

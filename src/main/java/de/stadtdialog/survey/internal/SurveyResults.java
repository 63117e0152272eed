package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Counts the answers of every question, in total or for one channel. Results are kept per node:
 * exact while counting is cheap (they are counted again whenever a response or question changed);
 * once counting takes longer than {@link #CHEAP} and the survey has at least {@link #MANY} responses
 * (hundreds of thousands take seconds),
 * readers get the last count for up to {@link #STALE_FOR} while one background thread counts anew,
 * and within that time do not even ask whether responses changed.
 */
@Component
class SurveyResults {

    static final int TEXTS_SHOWN = 50;
    static final Duration CHEAP = Duration.ofMillis(100);
    /** Below this, results are always exact, also when a busy machine makes a small count slow. */
    static final long MANY = 10_000;
    static final Duration STALE_FOR = Duration.ofSeconds(30);

    private final SurveyRepository surveys;
    private final Clock clock;
    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Key, ReentrantLock> locks = new ConcurrentHashMap<>();

    private final TaskExecutor background;

    SurveyResults(SurveyRepository surveys, Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.surveys = surveys;
        this.clock = clock;
        this.background = background;
    }

    private record Key(long phaseId, String channel, Long by, String yes, String no) {
    }

    /** @param checked when the count was made or its stamp was last found unchanged */
    private record Snapshot(String stamp, Instant checked, Duration cost, List<QuestionResult> results,
            Totals totals, AtomicBoolean refreshing) {

        boolean expensive() {
            return cost.compareTo(CHEAP) > 0 && totals.responses() >= MANY;
        }

        /** Whether an expensive count may still be shown without asking whether responses changed since. */
        boolean fresh(Instant now) {
            return checked.plus(STALE_FOR).isAfter(now);
        }

        Snapshot checkedAt(Instant now) {
            return new Snapshot(stamp, now, cost, results, totals, refreshing);
        }
    }

    List<QuestionResult> results(long phaseId, String channel, String yes, String no) {
        return results(phaseId, channel, null, yes, no);
    }

    /** The results, each choice question's also broken down by the answers to question {@code by} (when not null). */
    List<QuestionResult> results(long phaseId, String channel, Long by, String yes, String no) {
        Key key = new Key(phaseId, channel, by, yes, no);
        Snapshot snapshot = snapshots.get(key);
        Instant now = clock.instant();
        // an expensive count is shown for up to STALE_FOR after a change anyway, so until then not even the
        // stamp is asked for: a page of a big survey then reads nothing of the responses
        if (snapshot != null && snapshot.expensive() && snapshot.fresh(now)) {
            return snapshot.results();
        }
        String stamp = surveys.changeStamp(phaseId);
        if (snapshot != null && snapshot.stamp().equals(stamp)) {
            if (snapshot.expensive()) {
                checked(key, snapshot, now);
            }
            return snapshot.results();
        }
        if (snapshot != null && snapshot.expensive()) {
            if (snapshot.refreshing().compareAndSet(false, true)) {
                // readers keep the old count without asking again while it is counted anew
                checked(key, snapshot, now);
                background.execute(() -> {
                    try {
                        compute(key, stamp);
                    } finally {
                        snapshot.refreshing().set(false);
                    }
                });
            }
            return snapshot.results();
        }
        // the first count of a survey: one reader counts, the others wait for it instead of counting too
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            Snapshot again = snapshots.get(key);
            if (again != null && (again.stamp().equals(stamp) || again.expensive())) {
                return again.results();
            }
            return compute(key, stamp).results();
        } finally {
            lock.unlock();
        }
    }

    /** Notes that the snapshot was found current at that time, unless a newer count replaced it meanwhile. */
    private void checked(Key key, Snapshot snapshot, Instant now) {
        snapshots.computeIfPresent(key, (k, current) -> current == snapshot ? snapshot.checkedAt(now) : current);
    }

    private Snapshot compute(Key key, String stamp) {
        Instant start = clock.instant();
        List<QuestionResult> results = count(key.phaseId(), key.channel(), key.by(), key.yes(), key.no());
        Map<String, Long> perChannel = surveys.responsesPerChannel(key.phaseId());
        Totals totals = new Totals(perChannel.values().stream().mapToLong(Long::longValue).sum(), perChannel,
                participation(key.phaseId()));
        Instant end = clock.instant();
        Snapshot snapshot = new Snapshot(stamp, end, Duration.between(start, end), results, totals,
                new AtomicBoolean());
        snapshots.put(key, snapshot);
        return snapshot;
    }

    /** How many responses there are, in all, per channel and per day, counted with the results. */
    record Totals(long responses, Map<String, Long> perChannel, Participation participation) {
    }

    /** The totals as of the last count of the survey's results in total (at most as old as those). */
    Totals totals(long phaseId, String yes, String no) {
        results(phaseId, null, yes, no);
        Snapshot snapshot = snapshots.get(new Key(phaseId, null, null, yes, no));
        return snapshot.totals();
    }

    /** Free texts, which moderators review: text answers and the texts typed for "Sonstiges" (dates are no free text). */
    static boolean freeText(Question q) {
        return q.type() == QuestionType.SHORT_TEXT || q.type() == QuestionType.LONG_TEXT
                || (q.otherOption() && q.type().openChoice());
    }

    /** Questions with one answer per response, by whose answers the others can be broken down (e.g. the district). */
    static boolean breaksDown(Question q) {
        return q.type() == QuestionType.SINGLE || q.type() == QuestionType.DROPDOWN
                || q.type() == QuestionType.YES_NO || q.type() == QuestionType.IMAGE_CHOICE;
    }

    private static boolean optionRows(QuestionType type) {
        return switch (type) {
            case SINGLE, DROPDOWN, MULTIPLE, YES_NO, CONSENT, IMAGE_CHOICE -> true;
            default -> false;
        };
    }

    private Participation participation(long phaseId) {
        java.util.TreeMap<java.time.LocalDate, Map<String, Long>> days = new java.util.TreeMap<>();
        long scoreSum = 0;
        long scored = 0;
        for (SurveyRepository.DayCount day : surveys.responsesPerDay(phaseId)) {
            days.computeIfAbsent(day.day(), d -> new java.util.HashMap<>()).merge(day.channel(), day.responses(),
                    Long::sum);
            scoreSum += day.scoreSum();
            scored += day.scored();
        }
        // days without responses count too, so the columns stand for time; a phase runs a few months at most
        if (!days.isEmpty() && ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) <= 400) {
            for (var day = days.firstKey(); day.isBefore(days.lastKey()); day = day.plusDays(1)) {
                days.putIfAbsent(day, Map.of());
            }
        }
        return new Participation(days.entrySet().stream().map(e -> new Participation.Day(e.getKey(), e.getValue()))
                .toList(), scored == 0 ? null : (double) scoreSum / scored);
    }

    private List<QuestionResult> count(long phaseId, String channel, Long by, String yes, String no) {
        var survey = surveys.survey(phaseId);
        Survey.Purpose purpose = survey.map(Survey::purpose).orElse(Survey.Purpose.SURVEY);
        boolean moderated = survey.map(Survey::textsModerated).orElse(false);
        List<Question> questions = surveys.questions(phaseId);
        Map<Long, Map<Integer, Long>> choices = surveys.choiceCounts(phaseId, channel);
        Map<Long, Map<Double, Long>> numbers = surveys.numberCounts(phaseId, channel);
        boolean paired = questions.stream().anyMatch(q -> q.type() == QuestionType.MATRIX
                || q.type() == QuestionType.RANKING);
        Map<Long, Map<Integer, Map<Integer, Long>>> pairs = paired ? surveys.pairCounts(phaseId, channel) : Map.of();
        Map<Long, Map<Integer, OptionImage>> images = questions.stream()
                .anyMatch(q -> q.type() == QuestionType.IMAGE_CHOICE) ? surveys.optionImages(phaseId) : Map.of();
        List<Long> withTexts = questions.stream().filter(q -> q.type().text() || freeText(q)).map(Question::id).toList();
        Map<Long, List<TextAnswer>> allTexts = surveys.textAnswers(withTexts, channel, TEXTS_SHOWN,
                SurveyRepository.TextFilter.ALL);
        Map<Long, List<TextAnswer>> publicTexts = new java.util.HashMap<>(allTexts);
        publicTexts.putAll(surveys.textAnswers(questions.stream().filter(SurveyResults::freeText).map(Question::id)
                .toList(), channel, TEXTS_SHOWN, moderated ? SurveyRepository.TextFilter.APPROVED
                        : SurveyRepository.TextFilter.NOT_HIDDEN));
        Question byQuestion = by == null ? null : questions.stream().filter(q -> q.id() == by && breaksDown(q))
                .findFirst().orElse(null);
        Map<Long, Map<Integer, Map<Integer, Long>>> cross = byQuestion == null ? Map.of()
                : surveys.crossCounts(phaseId, byQuestion.id(), channel);
        Map<Long, Map<Integer, Long>> crossAnswered = byQuestion == null ? Map.of()
                : surveys.crossAnswered(phaseId, byQuestion.id(), channel);
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            if (!q.type().answerable()) {
                continue;
            }
            QuestionResult result = switch (q.type()) {
                case SINGLE, DROPDOWN, MULTIPLE, YES_NO, CONSENT, IMAGE_CHOICE -> {
                    Map<Integer, Long> counts = choices.getOrDefault(q.id(), Map.of());
                    // for multiple choice the share is of the people who answered, so shares add up to more than 100 %
                    long answered = q.type() == QuestionType.MULTIPLE ? surveys.answeredBy(q.id(), channel)
                            : counts.values().stream().mapToLong(Long::longValue).sum();
                    List<QuestionResult.Row> rows = optionRows(q, counts, answered, yes, no,
                            images.getOrDefault(q.id(), Map.of()));
                    if (purpose == Survey.Purpose.VOTE) {
                        rows = ranked(rows);
                    }
                    Double correct = purpose == Survey.Purpose.QUIZ && q.graded() ? correctShare(q, counts, answered,
                            channel) : null;
                    QuestionResult.CrossTable table = byQuestion == null || byQuestion.id() == q.id() ? null
                            : crossTable(q, byQuestion, cross.getOrDefault(q.id(), Map.of()),
                                    crossAnswered.getOrDefault(q.id(), Map.of()), yes, no);
                    yield new QuestionResult(q, answered, rows, null, allTexts.getOrDefault(q.id(), List.of()),
                            publicTexts.getOrDefault(q.id(), List.of()), List.of(), List.of(), List.of(), correct,
                            table);
                }
                case SCALE, NUMBER -> {
                    Map<Double, Long> counts = numbers.getOrDefault(q.id(), Map.of());
                    long answered = counts.values().stream().mapToLong(Long::longValue).sum();
                    double sum = counts.entrySet().stream().mapToDouble(e -> e.getKey() * e.getValue()).sum();
                    List<QuestionResult.Row> rows = new ArrayList<>();
                    if (q.type() == QuestionType.SCALE) {
                        for (int value : q.scaleValues()) {
                            long count = counts.getOrDefault((double) value, 0L);
                            String label = value + (value == q.scaleValues().get(0) && q.minLabel() != null
                                    ? " (" + q.minLabel() + ")" : value == q.scaleValues().get(q.scaleValues().size() - 1)
                                            && q.maxLabel() != null ? " (" + q.maxLabel() + ")" : "");
                            rows.add(new QuestionResult.Row(label, count, QuestionResult.share(count, answered)));
                        }
                    }
                    yield QuestionResult.rows(q, answered, rows, answered == 0 ? null : sum / answered);
                }
                case MATRIX -> new QuestionResult(q, surveys.answeredBy(q.id(), channel), List.of(), null, List.of(),
                        List.of(), statements(q, pairs.getOrDefault(q.id(), Map.of())), List.of(), List.of(), null,
                        null);
                case RANKING -> new QuestionResult(q, surveys.answeredBy(q.id(), channel), List.of(), null, List.of(),
                        List.of(), List.of(), ranking(q, pairs.getOrDefault(q.id(), Map.of())), List.of(), null, null);
                case LOCATION -> {
                    List<QuestionResult.Place> places = surveys.textAnswers(List.of(q.id()), channel, TEXTS_SHOWN,
                            SurveyRepository.TextFilter.ALL).get(q.id()).stream()
                            .map(text -> QuestionResult.Place.parse(text.textValue(), q.places()))
                            .filter(java.util.Objects::nonNull).toList();
                    yield new QuestionResult(q, surveys.answeredBy(q.id(), channel), List.of(), null, List.of(),
                            List.of(), List.of(), List.of(), places, null, null);
                }
                default -> {
                    List<TextAnswer> texts = allTexts.getOrDefault(q.id(), List.of());
                    // the list shows the newest texts only; the count says how many people wrote one
                    long answered = texts.size() < TEXTS_SHOWN ? texts.size() : surveys.answeredBy(q.id(), channel);
                    yield new QuestionResult(q, answered, List.of(), null, texts,
                            publicTexts.getOrDefault(q.id(), List.of()), List.of(), List.of(), List.of(), null, null);
                }
            };
            results.add(result);
        }
        return results;
    }

    private static List<QuestionResult.Row> optionRows(Question q, Map<Integer, Long> counts, long answered,
            String yes, String no, Map<Integer, OptionImage> images) {
        List<String> labels = q.labels(yes, no);
        Set<Integer> correct = q.correctOptions();
        List<QuestionResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long count = counts.getOrDefault(i, 0L);
            rows.add(new QuestionResult.Row(labels.get(i), count, QuestionResult.share(count, answered), 0, false,
                    correct.contains(i), images.get(i)));
        }
        if (q.otherOption() && q.type().openChoice()) {
            long count = counts.getOrDefault(Question.OTHER, 0L);
            rows.add(new QuestionResult.Row("", count, QuestionResult.share(count, answered), 0, true, false, null));
        }
        return rows;
    }

    /** A vote's result: most votes first, equal counts share a place (1, 1, 3). */
    private static List<QuestionResult.Row> ranked(List<QuestionResult.Row> rows) {
        List<QuestionResult.Row> sorted = rows.stream()
                .sorted(Comparator.comparingLong(QuestionResult.Row::count).reversed()).toList();
        List<QuestionResult.Row> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && sorted.get(i).count() == sorted.get(i - 1).count();
            ranked.add(sorted.get(i).ranked(tied ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    /** Correct means exactly the correct options, as the score counts; with one correct option the count tells. */
    private Double correctShare(Question q, Map<Integer, Long> counts, long answered, String channel) {
        long correct = q.type() == QuestionType.MULTIPLE || q.correctOptions().size() > 1
                ? surveys.fullyCorrect(q.id(), q.correctOptions(), channel)
                : counts.getOrDefault(q.correctOptions().iterator().next(), 0L);
        return answered == 0 ? null : (double) correct / answered;
    }

    private static List<QuestionResult.StatementRow> statements(Question q, Map<Integer, Map<Integer, Long>> counts) {
        List<String> scale = q.optionList();
        List<String> statements = q.statementList();
        List<QuestionResult.StatementRow> rows = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            Map<Integer, Long> perStep = counts.getOrDefault(s, Map.of());
            long answered = perStep.values().stream().mapToLong(Long::longValue).sum();
            List<QuestionResult.Row> cells = new ArrayList<>();
            for (int step = 0; step < scale.size(); step++) {
                long count = perStep.getOrDefault(step, 0L);
                cells.add(new QuestionResult.Row(scale.get(step), count, QuestionResult.share(count, answered)));
            }
            rows.add(new QuestionResult.StatementRow(statements.get(s), answered, cells));
        }
        return rows;
    }

    /**
     * Options by their average rank, best first; when people rank only their favourites, equal
     * averages are told apart by first places, then by how often the option was ranked at all.
     */
    private static List<QuestionResult.RankRow> ranking(Question q, Map<Integer, Map<Integer, Long>> counts) {
        List<String> options = q.optionList();
        List<QuestionResult.RankRow> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Map<Integer, Long> ranks = counts.getOrDefault(i, Map.of());
            long answered = ranks.values().stream().mapToLong(Long::longValue).sum();
            long sum = ranks.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
            rows.add(new QuestionResult.RankRow(options.get(i), answered, answered == 0 ? null : (double) sum / answered,
                    ranks.getOrDefault(1, 0L)));
        }
        rows.sort(Comparator.comparing(QuestionResult.RankRow::averageRank,
                Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                .thenComparing(Comparator.comparingLong(QuestionResult.RankRow::firstPlaces).reversed())
                .thenComparing(Comparator.comparingLong(QuestionResult.RankRow::answered).reversed()));
        return rows;
    }

    private static QuestionResult.CrossTable crossTable(Question q, Question by, Map<Integer, Map<Integer, Long>> counts,
            Map<Integer, Long> answered, String yes, String no) {
        List<Integer> columnChoices = new ArrayList<>();
        List<QuestionResult.Column> columns = new ArrayList<>();
        List<String> byLabels = by.labels(yes, no);
        for (int i = 0; i < byLabels.size(); i++) {
            columnChoices.add(i);
            columns.add(new QuestionResult.Column(byLabels.get(i), false, answered.getOrDefault(i, 0L)));
        }
        if (by.otherOption() && by.type().openChoice()) {
            columnChoices.add(Question.OTHER);
            columns.add(new QuestionResult.Column("", true, answered.getOrDefault(Question.OTHER, 0L)));
        }
        List<Integer> rowChoices = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>(q.labels(yes, no));
        for (int i = 0; i < rowLabels.size(); i++) {
            rowChoices.add(i);
        }
        if (q.otherOption() && q.type().openChoice()) {
            rowChoices.add(Question.OTHER);
            rowLabels.add("");
        }
        List<QuestionResult.CrossRow> rows = new ArrayList<>();
        for (int r = 0; r < rowChoices.size(); r++) {
            Map<Integer, Long> perColumn = counts.getOrDefault(rowChoices.get(r), Map.of());
            List<QuestionResult.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columnChoices.size(); c++) {
                long count = perColumn.getOrDefault(columnChoices.get(c), 0L);
                cells.add(new QuestionResult.Cell(count, QuestionResult.share(count, columns.get(c).answered())));
            }
            rows.add(new QuestionResult.CrossRow(rowLabels.get(r), rowChoices.get(r) == Question.OTHER, cells));
        }
        return new QuestionResult.CrossTable(by, columns, rows);
    }
}

package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Counts the answers of every question, in total or for one channel. Results are kept per node:
 * exact while counting is cheap (they are counted again whenever a response or question changed);
 * once counting takes longer than {@link #CHEAP} (a survey with hundreds of thousands of responses),
 * readers get the last count for up to {@link #STALE_FOR} while one background thread counts anew,
 * and within that time do not even ask whether responses changed.
 */
@Component
class SurveyResults {

    static final int TEXTS_SHOWN = 50;
    static final Duration CHEAP = Duration.ofMillis(100);
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

    private record Key(long phaseId, String channel, String yes, String no) {
    }

    /** @param checked when the count was made or its stamp was last found unchanged */
    private record Snapshot(String stamp, Instant checked, Duration cost, List<QuestionResult> results,
            Totals totals, AtomicBoolean refreshing) {

        boolean expensive() {
            return cost.compareTo(CHEAP) > 0;
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
        Key key = new Key(phaseId, channel, yes, no);
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
        List<QuestionResult> results = count(key.phaseId(), key.channel(), key.yes(), key.no());
        Map<String, Long> perChannel = surveys.responsesPerChannel(key.phaseId());
        Totals totals = new Totals(perChannel.values().stream().mapToLong(Long::longValue).sum(), perChannel);
        Instant end = clock.instant();
        Snapshot snapshot = new Snapshot(stamp, end, Duration.between(start, end), results, totals,
                new AtomicBoolean());
        snapshots.put(key, snapshot);
        return snapshot;
    }

    /** How many responses there are, in all and per channel, counted with the results. */
    record Totals(long responses, Map<String, Long> perChannel) {
    }

    /** The totals as of the last count of the survey's results in total (at most as old as those). */
    Totals totals(long phaseId, String yes, String no) {
        results(phaseId, null, yes, no);
        Snapshot snapshot = snapshots.get(new Key(phaseId, null, yes, no));
        return snapshot.totals();
    }

    private List<QuestionResult> count(long phaseId, String channel, String yes, String no) {
        List<Question> questions = surveys.questions(phaseId);
        Map<Long, Map<Integer, Long>> choices = surveys.choiceCounts(phaseId, channel);
        Map<Long, Map<Double, Long>> numbers = surveys.numberCounts(phaseId, channel);
        Map<Long, List<String>> texts = surveys.texts(questions.stream().filter(q -> q.type().text())
                .map(Question::id).toList(), channel, TEXTS_SHOWN);
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            if (!q.type().answerable()) {
                continue;
            }
            switch (q.type()) {
                case SINGLE, DROPDOWN, MULTIPLE, YES_NO, CONSENT -> {
                    Map<Integer, Long> counts = choices.getOrDefault(q.id(), Map.of());
                    List<String> labels = q.type() == QuestionType.YES_NO ? List.of(yes, no)
                            : q.type() == QuestionType.CONSENT ? List.of(yes) : q.optionList();
                    // for multiple choice the share is of the people who answered, so shares add up to more than 100 %
                    long answered = q.type() == QuestionType.MULTIPLE ? surveys.answeredBy(q.id(), channel)
                            : counts.values().stream().mapToLong(Long::longValue).sum();
                    List<QuestionResult.Row> rows = new ArrayList<>();
                    for (int i = 0; i < labels.size(); i++) {
                        long count = counts.getOrDefault(i, 0L);
                        rows.add(new QuestionResult.Row(labels.get(i), count, answered == 0 ? 0 : (double) count / answered));
                    }
                    results.add(new QuestionResult(q, answered, rows, null, List.of()));
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
                            rows.add(new QuestionResult.Row(label, count, answered == 0 ? 0 : (double) count / answered));
                        }
                    }
                    results.add(new QuestionResult(q, answered, rows, answered == 0 ? null : sum / answered,
                            List.of()));
                }
                default -> results.add(new QuestionResult(q, texts.getOrDefault(q.id(), List.of()).size(), List.of(),
                        null, texts.getOrDefault(q.id(), List.of())));
            }
        }
        return results;
    }
}

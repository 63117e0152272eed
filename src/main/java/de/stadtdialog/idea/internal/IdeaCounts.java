package de.stadtdialog.idea.internal;

import org.springframework.stereotype.Component;

/** The counts every list and project page shows, from the {@link IdeaCache} where they are known. */
@Component
class IdeaCounts {

    private final IdeaRepository ideas;
    private final IdeaCache cache;
    private final java.time.Clock clock;

    IdeaCounts(IdeaRepository ideas, IdeaCache cache, java.time.Clock clock) {
        this.clock = clock;
        this.ideas = ideas;
        this.cache = cache;
    }

    record CountKey(long projectId, Long categoryId, Long statusId, String text) implements IdeaCache.Keyed {
    }

    record TotalsKey(long projectId) implements IdeaCache.Keyed {
    }

    /** How many published ideas match the query's filters; exact, since every change raises the version. */
    long count(IdeaContext context, IdeaQuery query) {
        long projectId = context.project().id();
        return cache.versioned(new CountKey(projectId, query.categoryId(), query.statusId(), query.text()),
                context.settings().version(), () -> ideas.count(projectId, query));
    }

    /** Ideas, comments, supports and participants, at most a few seconds old. */
    IdeaTotals totals(long projectId) {
        return cache.recent(new TotalsKey(projectId), IdeaCache.TOTALS_FOR, () -> ideas.totals(projectId));
    }

    record DaysKey(long projectId) implements IdeaCache.Keyed {
    }

    /** Participation per day over the last 60 days, at most five minutes old: it reads every support. */
    java.util.List<IdeaDay> perDay(long projectId) {
        return cache.recent(new DaysKey(projectId), java.time.Duration.ofMinutes(5),
                () -> ideas.perDay(projectId, clock.instant().minus(java.time.Duration.ofDays(60))));
    }

    /** After a change on this node, its own readers see the new totals at once. */
    void changed(long projectId) {
        cache.forget(new TotalsKey(projectId));
    }
}

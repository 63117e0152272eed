package de.stadtdialog.plan;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.plan.internal.PlanChanges;
import de.stadtdialog.plan.internal.PlanRepository;
import de.stadtdialog.plan.internal.PlanRequests;

/**
 * Writes entries of the list of planned projects. Every write leaves a line in the entry's history
 * naming who changed which fields.
 */
@Service
public class Plans {

    private final PlanRepository repository;
    private final PlanRequests requests;
    private final Clock clock;

    Plans(PlanRepository repository, PlanRequests requests, Clock clock) {
        this.repository = repository;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public long create(PlanDraft draft, long byAccount) {
        return create(draft, byAccount, clock.instant());
    }

    /** For entries taken over from an existing list, which keep the date of their last update. */
    @Transactional
    public long create(PlanDraft draft, long byAccount, Instant updatedAt) {
        long id = repository.insert(draft, updatedAt);
        repository.addHistory(id, updatedAt, byAccount, PlanChanges.CREATED);
        return id;
    }

    /** Saving without changes still counts as an update: the department confirms the entry is current. */
    @Transactional
    public void update(long id, PlanDraft draft, long byAccount) {
        PlanDraft before = repository.draftOf(id).orElseThrow();
        String summary = PlanChanges.between(before, draft);
        Instant now = clock.instant();
        repository.update(id, draft, now);
        repository.addHistory(id, now, byAccount, summary);
    }

    /** Files a request for participation (Anregung); empty when the entry already has one collecting or waiting. */
    public java.util.Optional<Long> requestParticipation(long planId, long byAccount, String justification) {
        return requests.file(planId, byAccount, justification);
    }

    /** Co-signs the entry's current request; false when the person already did or it no longer collects. */
    public boolean supportRequest(long planId, long byAccount) {
        return requests.latest(planId)
                .map(r -> requests.support(r.id(), byAccount) == PlanRequests.Outcome.DONE).orElse(false);
    }

    /** The city's answer to the entry's current request; false when there is none or it was answered already. */
    public boolean answerRequest(long planId, boolean accepted, String answer, long byAccount) {
        return requests.latest(planId).map(r -> requests.answer(r.id(), accepted, answer, byAccount)).orElse(false);
    }
}

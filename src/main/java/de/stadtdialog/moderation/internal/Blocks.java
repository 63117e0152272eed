package de.stadtdialog.moderation.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountNotices;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.ActorFacts;

/**
 * Adds a block in force to the actor, so the permission evaluator refuses every participant
 * action with its end and justification, and shows it on the person's account page. A block ends
 * by itself: only blocks whose end lies ahead count.
 */
@Component
class Blocks implements ActorFacts, AccountNotices {

    private final ModerationRepository repository;
    private final Clock clock;

    Blocks(ModerationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Actor addTo(Actor actor) {
        return repository.currentBlock(actor.accountId(), clock.instant()).map(actor::withBlock).orElse(actor);
    }

    @Override
    public List<MessageSourceResolvable> noticesFor(long accountId) {
        return repository.currentBlock(accountId, clock.instant())
                .<MessageSourceResolvable>map(block -> new DefaultMessageSourceResolvable(
                        new String[] { "permission.blocked" }, new Object[] { block.untilText(), block.justification() }))
                .stream().toList();
    }
}

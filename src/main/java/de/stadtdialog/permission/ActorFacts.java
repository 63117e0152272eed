package de.stadtdialog.permission;

/**
 * Adds what a module knows about a person to the actor the evaluator sees (for example whether the
 * person is verified or blocked), so the module that builds actors need not depend on every module
 * that knows something about people. Implementations must not depend on the organisation module.
 */
public interface ActorFacts {

    /** The actor with this module's facts added; called only for logged-in people. */
    Actor addTo(Actor actor);
}

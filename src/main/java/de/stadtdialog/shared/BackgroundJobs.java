package de.stadtdialog.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the scheduled jobs do their work. Every job is safe on several nodes; tests switch them off
 * and call the jobs themselves, so that no job runs halfway through what a test checks. (Switching
 * off scheduling itself is not enough: Spring Session turns it on for its own clean-up.)
 */
@Component
public class BackgroundJobs {

    private final boolean enabled;

    BackgroundJobs(@Value("${stadtdialog.jobs.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}

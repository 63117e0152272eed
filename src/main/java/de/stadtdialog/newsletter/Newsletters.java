package de.stadtdialog.newsletter;

import java.util.Optional;

import org.springframework.stereotype.Service;

import de.stadtdialog.newsletter.internal.NewsletterService;

/** The newsletter's API for other modules, such as the demo city. */
@Service
public class Newsletters {

    private final NewsletterService service;

    Newsletters(NewsletterService service) {
        this.service = service;
    }

    /** A confirmed subscriber, as if they had opened the link of the confirmation mail. */
    public void subscribeConfirmed(String email) {
        service.subscribeConfirmed(email);
    }

    public long draft(String subject, String bodyMd, Long authorId) {
        return service.create(subject, bodyMd, authorId);
    }

    /** Starts sending; the background job queues the copies. */
    public Optional<String> send(long newsletterId) {
        return service.start(newsletterId);
    }

    /** Queues every copy now instead of waiting for the background job. */
    public void queueAll() {
        while (service.queueBatch()) {
            // until no issue has subscribers left to queue
        }
    }
}

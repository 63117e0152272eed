package de.stadtdialog.event;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.notification.Notifications;
import de.stadtdialog.event.internal.Event;
import de.stadtdialog.event.internal.EventDocument;
import de.stadtdialog.event.internal.EventMails;
import de.stadtdialog.event.internal.EventMails.Kind;
import de.stadtdialog.event.internal.EventRepository;
import de.stadtdialog.event.internal.Registration;
import de.stadtdialog.shared.storage.FileStorage;

/**
 * Writes events and registrations. Callers check that the actor may manage the event; each method
 * is one transaction. Registrations of one event are serialised by a lock on the event's row, so
 * a seat is never given twice and the waiting list moves up in order.
 */
@Service
public class Events {

    /** PDF only, like the results documents: read on every device and without macros. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final EventRepository repository;
    private final EventMails mails;
    private final Notifications notifications;
    private final FileStorage storage;
    private final Clock clock;

    Events(EventRepository repository, EventMails mails, Notifications notifications, FileStorage storage,
            Clock clock) {
        this.notifications = notifications;
        this.repository = repository;
        this.mails = mails;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional
    public long create(EventDraft draft) {
        return repository.insert(draft, clock.instant());
    }

    /** Saves the event; when its time, place or online link changed, everyone registered or waiting is told. */
    @Transactional
    public void update(long id, EventDraft draft) {
        Event before = repository.findById(id).orElseThrow();
        repository.update(id, draft, clock.instant());
        Event after = repository.findById(id).orElseThrow();
        if (after.cancelledAt() == null && !when(before).equals(when(after))) {
            repository.registrations(id).forEach(r -> {
                mails.send(Kind.CHANGED, after, r.accountId());
                notifications.record(r.accountId(), "notification.event.changed", after.title(), after.url());
            });
        }
    }

    /** What people who registered plan their day around. */
    private static java.util.List<Object> when(Event event) {
        return java.util.Arrays.asList(event.startsAt(), event.endsAt(), event.kind(), event.placeName(),
                event.address(), event.onlineLink());
    }

    /** Cancels the event and tells everyone registered or waiting; false when it was cancelled already. */
    @Transactional
    public boolean cancel(long id, String reason) {
        repository.lock(id).orElseThrow();
        if (!repository.cancel(id, reason, clock.instant())) {
            return false;
        }
        Event event = repository.findById(id).orElseThrow();
        repository.registrations(id).forEach(r -> {
            mails.send(Kind.CANCELLED, event, r.accountId());
            notifications.record(r.accountId(), "notification.event.cancelled", event.title(), event.url());
        });
        return true;
    }

    /**
     * Registers the person: with a seat while there is one, otherwise on the waiting list. Registering
     * twice changes nothing and answers the status the person already has.
     *
     * @return empty when the event takes no registrations (none needed, cancelled or over)
     */
    @Transactional
    public Optional<RegistrationStatus> register(long eventId, long accountId) {
        Event event = repository.lock(eventId).orElseThrow();
        if (!event.registration() || event.cancelled() || event.over(clock.instant())) {
            return Optional.empty();
        }
        Optional<Registration> existing = repository.registration(eventId, accountId);
        if (existing.isPresent()) {
            return Optional.of(existing.get().status());
        }
        boolean seat = event.capacity() == null
                || repository.count(eventId, RegistrationStatus.CONFIRMED) < event.capacity();
        RegistrationStatus status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        repository.insertRegistration(eventId, accountId, status, clock.instant());
        mails.send(seat ? Kind.CONFIRMED : Kind.WAITING, event, accountId);
        return Optional.of(status);
    }

    /**
     * Withdraws the person's registration. When that frees a seat, the first on the waiting list
     * gets it and is told by mail.
     *
     * @return false when the person was not registered
     */
    @Transactional
    public boolean withdraw(long eventId, long accountId) {
        Event event = repository.lock(eventId).orElseThrow();
        Optional<Registration> registration = repository.registration(eventId, accountId);
        if (registration.isEmpty()) {
            return false;
        }
        repository.deleteRegistration(eventId, accountId);
        if (registration.get().status() == RegistrationStatus.CONFIRMED && !event.cancelled()
                && !event.over(clock.instant())) {
            repository.firstWaiting(eventId).ifPresent(next -> {
                repository.confirm(next.id());
                mails.send(Kind.MOVED_UP, event, next.accountId());
            });
        }
        return true;
    }

    /** @return the document's id, or empty when the bytes are not a PDF */
    @Transactional
    public Optional<Long> addDocument(long eventId, String title, byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.empty();
        }
        String key = storage.store(pdf, "pdf");
        return Optional.of(repository.addDocument(eventId, EventDocument.Kind.DOCUMENT, title.strip(), key, now()));
    }

    /** Records a photo already stored by the image upload, with its alternative text. */
    @Transactional
    public long addPhoto(long eventId, String storageKey, String alternativeText) {
        return repository.addDocument(eventId, EventDocument.Kind.PHOTO, alternativeText.strip(), storageKey, now());
    }

    @Transactional
    public void removeDocument(long eventId, long documentId) {
        repository.removeDocument(eventId, documentId).ifPresent(storage::delete);
    }

    private Instant now() {
        return clock.instant();
    }
}

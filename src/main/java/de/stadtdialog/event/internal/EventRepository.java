package de.stadtdialog.event.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.RegistrationStatus;
import de.stadtdialog.shared.jdbc.RecordParameters;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
public class EventRepository {

    private static final String COLUMNS = """
            id, organisation_id, project_id, title, description, kind, starts_at, ends_at, place_name, address,
            latitude, longitude, online_link, step_free, induction_loop, sign_language, accessibility_note,
            registration, capacity, cancelled_at, cancel_reason, created_at, updated_at""";
    private static final String REGISTRATION_COLUMNS = "id, event_id, account_id, status, registered_at, reminded_at";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(EventDraft draft, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into event (organisation_id, project_id, title, description, kind, starts_at, ends_at,
                    place_name, address, latitude, longitude, online_link, step_free, induction_loop, sign_language,
                    accessibility_note, registration, capacity, created_at, updated_at)
                values (:organisationId, :projectId, :title, :description, :kind, :startsAt, :endsAt,
                    :placeName, :address, :latitude, :longitude, :onlineLink, :stepFree, :inductionLoop, :signLanguage,
                    :accessibilityNote, :registration, :capacity, :at, :at)
                """)
                .paramSource(params(draft, at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long id, EventDraft draft, Instant at) {
        jdbc.sql("""
                update event set organisation_id = :organisationId, project_id = :projectId, title = :title,
                    description = :description, kind = :kind, starts_at = :startsAt, ends_at = :endsAt,
                    place_name = :placeName, address = :address, latitude = :latitude, longitude = :longitude,
                    online_link = :onlineLink, step_free = :stepFree, induction_loop = :inductionLoop,
                    sign_language = :signLanguage, accessibility_note = :accessibilityNote,
                    registration = :registration, capacity = :capacity, updated_at = :at
                where id = :id
                """)
                .paramSource(params(draft, at).addValue("id", id))
                .update();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(EventDraft draft, Instant at) {
        return RecordParameters.of(draft).addValue("at", Timestamp.from(at));
    }

    /** @return false when the event was cancelled already */
    public boolean cancel(long id, String reason, Instant at) {
        return jdbc.sql("update event set cancelled_at = ?, cancel_reason = ?, updated_at = ? where id = ? and cancelled_at is null")
                .params(Timestamp.from(at), reason, Timestamp.from(at), id).update() == 1;
    }

    public Optional<Event> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from event where id = ?").param(id)
                .query(RecordRowMapper.of(Event.class)).optional();
    }

    /**
     * Locks the event's row until the transaction ends, so that registrations and cancellations of
     * one event happen one after the other and never hand out the same seat twice.
     */
    public Optional<Event> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from event where id = ? for update").param(id)
                .query(RecordRowMapper.of(Event.class)).optional();
    }

    /** Events ending after (upcoming) or before (past) the instant, soonest or latest first. */
    public List<Event> find(Instant now, boolean past) {
        String sql = past ? " where ends_at <= ? order by starts_at desc, id desc"
                : " where ends_at > ? order by starts_at, id";
        return jdbc.sql("select " + COLUMNS + " from event" + sql).param(Timestamp.from(now))
                .query(RecordRowMapper.of(Event.class)).list();
    }

    public List<Event> findAll() {
        return jdbc.sql("select " + COLUMNS + " from event order by starts_at desc, id desc")
                .query(RecordRowMapper.of(Event.class)).list();
    }

    public List<Event> findByProject(long projectId) {
        return jdbc.sql("select " + COLUMNS + " from event where project_id = ? order by starts_at, id")
                .param(projectId).query(RecordRowMapper.of(Event.class)).list();
    }

    public List<Registration> registrations(long eventId) {
        return jdbc.sql("select " + REGISTRATION_COLUMNS
                        + " from event_registration where event_id = ? order by status, registered_at, id")
                .param(eventId).query(RecordRowMapper.of(Registration.class)).list();
    }

    public Optional<Registration> registration(long eventId, long accountId) {
        return jdbc.sql("select " + REGISTRATION_COLUMNS + " from event_registration where event_id = ? and account_id = ?")
                .params(eventId, accountId).query(RecordRowMapper.of(Registration.class)).optional();
    }

    public int count(long eventId, RegistrationStatus status) {
        return jdbc.sql("select count(*) from event_registration where event_id = ? and status = ?")
                .params(eventId, status.name()).query(Integer.class).single();
    }

    /** Seats taken and places on the waiting list of many events in one query, keyed by event id. */
    public Map<Long, int[]> counts(Collection<Long> eventIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select event_id, status, count(*) from event_registration where event_id in (:ids) group by event_id, status")
                .param("ids", eventIds)
                .query((rs, row) -> {
                    int[] pair = counts.computeIfAbsent(rs.getLong(1), id -> new int[2]);
                    pair[RegistrationStatus.valueOf(rs.getString(2)) == RegistrationStatus.CONFIRMED ? 0 : 1] = rs.getInt(3);
                    return null;
                }).list();
        return counts;
    }

    public void insertRegistration(long eventId, long accountId, RegistrationStatus status, Instant at) {
        jdbc.sql("insert into event_registration (event_id, account_id, status, registered_at) values (?, ?, ?, ?)")
                .params(eventId, accountId, status.name(), Timestamp.from(at)).update();
    }

    public boolean deleteRegistration(long eventId, long accountId) {
        return jdbc.sql("delete from event_registration where event_id = ? and account_id = ?")
                .params(eventId, accountId).update() == 1;
    }

    /** The first on the waiting list, who gets the next free seat. */
    public Optional<Registration> firstWaiting(long eventId) {
        return jdbc.sql("select " + REGISTRATION_COLUMNS + " from event_registration where event_id = ? and status = ?"
                        + " order by registered_at, id limit 1")
                .params(eventId, RegistrationStatus.WAITING.name()).query(RecordRowMapper.of(Registration.class)).optional();
    }

    public void confirm(long registrationId) {
        jdbc.sql("update event_registration set status = ? where id = ?")
                .params(RegistrationStatus.CONFIRMED.name(), registrationId).update();
    }

    /** Confirmed registrations for events that start within the window and have not been reminded. */
    public List<Registration> dueForReminder(Instant from, Instant until) {
        return jdbc.sql("""
                select r.id, r.event_id, r.account_id, r.status, r.registered_at, r.reminded_at
                from event_registration r join event e on e.id = r.event_id
                where r.status = ? and r.reminded_at is null and e.cancelled_at is null
                  and e.starts_at > ? and e.starts_at <= ?
                order by r.id
                """).params(RegistrationStatus.CONFIRMED.name(), Timestamp.from(from), Timestamp.from(until))
                .query(RecordRowMapper.of(Registration.class)).list();
    }

    /** @return true for the one caller, on whichever node, that claims the reminder */
    public boolean claimReminder(long registrationId, Instant at) {
        return jdbc.sql("update event_registration set reminded_at = ? where id = ? and reminded_at is null")
                .params(Timestamp.from(at), registrationId).update() == 1;
    }

    public long addDocument(long eventId, EventDocument.Kind kind, String title, String key, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into event_document (event_id, kind, title, storage_key, created_at) values (:e, :k, :t, :s, :at)")
                .param("e", eventId).param("k", kind.name()).param("t", title).param("s", key)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<EventDocument> documents(long eventId) {
        return jdbc.sql("select id, event_id, kind, title, storage_key from event_document where event_id = ? order by id")
                .param(eventId).query(RecordRowMapper.of(EventDocument.class)).list();
    }

    public Optional<String> removeDocument(long eventId, long documentId) {
        Optional<String> key = jdbc.sql("select storage_key from event_document where event_id = ? and id = ?")
                .params(eventId, documentId).query(String.class).optional();
        key.ifPresent(k -> jdbc.sql("delete from event_document where id = ?").param(documentId).update());
        return key;
    }
}

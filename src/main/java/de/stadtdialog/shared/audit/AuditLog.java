package de.stadtdialog.shared.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import de.stadtdialog.shared.jdbc.RecordRowMapper;
import de.stadtdialog.shared.web.SignedInUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log of the back office: who did what to which object, when, and what it looked like
 * before and after. Services call {@link #record} in the transaction of the change, so an entry
 * exists exactly when the change does. Only fields that changed are kept, and long texts are cut,
 * so an entry stays short.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TEXT = 160;
    private static final int MAX_VALUE = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action of the person logged in (or of the system, when nobody is).
     *
     * @param action what happened, e.g. "project.edit"
     * @param objectType the kind of object, e.g. "project"
     * @param before the object before the change (a record, a map or a text), or null
     * @param after the object after the change, or null
     */
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = auth != null && auth.getPrincipal() instanceof SignedInUser u ? u : null;
        String[] values = difference(before, after);
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, action, object_type, object_id, before_value, after_value,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user == null ? null : user.id(), user == null ? null : user.username(), action, objectType,
                        objectId == null ? null : String.valueOf(objectId), values[0], values[1],
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** One entry as the administrators' page shows it. */
    public record Entry(long id, Long actorId, String actorName, String action, String objectType, String objectId,
            String beforeValue, String afterValue, Instant createdAt) {
    }

    /**
     * Entries newest first, filtered by person (name), object type and a day range; one more than the
     * page size, to tell whether another page exists.
     */
    public List<Entry> find(String actorName, String objectType, Instant from, Instant to, int page, int size) {
        StringBuilder sql = new StringBuilder("select id, actor_id, actor_name, action, object_type, object_id, "
                + "before_value, after_value, created_at from audit_log where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (actorName != null && !actorName.isBlank()) {
            sql.append(" and lower(actor_name) = ?");
            params.add(actorName.strip().toLowerCase());
        }
        if (objectType != null && !objectType.isBlank()) {
            sql.append(" and object_type = ?");
            params.add(objectType.strip());
        }
        if (from != null) {
            sql.append(" and created_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and created_at < ?");
            params.add(Timestamp.from(to));
        }
        sql.append(" order by created_at desc, id desc limit ? offset ?");
        params.add(size + 1);
        params.add(page * size);
        return jdbc.sql(sql.toString()).params(params).query(RecordRowMapper.of(Entry.class)).list();
    }

    /** The object types that occur, for the filter. */
    public List<String> objectTypes() {
        return jdbc.sql("select distinct object_type from audit_log order by object_type").query(String.class).list();
    }

    static String[] difference(Object before, Object after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        if (old instanceof ObjectNode o && now instanceof ObjectNode n) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().equals(n.get(field.getKey()))) {
                    it.remove();
                    n.remove(field.getKey());
                }
            }
        }
        return new String[] { text(old), text(now) };
    }

    private static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return JSON.getNodeFactory().stringNode(text.toString());
        }
        JsonNode node = JSON.valueToTree(value);
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isString() && field.getValue().asString().length() > MAX_TEXT) {
                    field.setValue(JSON.getNodeFactory().stringNode(
                            field.getValue().asString().substring(0, MAX_TEXT) + "…"));
                }
            }
        }
        return node;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        String text = node.isString() ? node.asString() : JSON.writeValueAsString(node);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }
}

package de.stadtdialog.shared.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Named SQL parameters from a record's components, in the forms both H2 and PostgreSQL accept:
 * enums as their names, instants as timestamps. A component that is itself a record gives one
 * parameter per part, named after both ({@code conceptGoal} for {@code concept.goal}), matching the
 * columns {@link RecordRowMapper} reads it from.
 */
public final class RecordParameters {

    private RecordParameters() {
    }

    public static MapSqlParameterSource of(Record record) {
        MapSqlParameterSource source = new MapSqlParameterSource();
        addComponents(source, "", record);
        return source;
    }

    private static void addComponents(MapSqlParameterSource source, String prefix, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = prefix.isEmpty() ? component.getName()
                    : prefix + Character.toUpperCase(component.getName().charAt(0)) + component.getName().substring(1);
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
            if (value instanceof Record nested) {
                addComponents(source, name, nested);
            } else {
                source.addValue(name, jdbcValue(value));
            }
        }
    }

    public static Object jdbcValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value;
    }
}

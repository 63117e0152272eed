package de.stadtdialog.shared.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Named SQL parameters from a record's components, in the forms both H2 and PostgreSQL accept:
 * enums as their names, instants as timestamps.
 */
public final class RecordParameters {

    private RecordParameters() {
    }

    public static MapSqlParameterSource of(Record record) {
        MapSqlParameterSource source = new MapSqlParameterSource();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                source.addValue(component.getName(), jdbcValue(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return source;
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

package de.stadtdialog.shared.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;

/**
 * Maps rows to records by column name ({@code organisation_id} → {@code organisationId}), reading
 * each value with the JDBC call both H2 and PostgreSQL support for its type. Unlike a mapper that
 * probes for columns by trying names, it never provokes an exception per column and row. A component
 * that is itself a record is read from columns named after both ({@code concept.goal} from
 * {@code concept_goal}), so a value object can live in its owner's row.
 */
public final class RecordRowMapper<T extends Record> implements RowMapper<T> {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private final Shape shape;
    private ResultSet indexed;
    private int[] columns;

    private RecordRowMapper(Class<T> type) {
        this.shape = SHAPES.get(type);
    }

    public static <T extends Record> RecordRowMapper<T> of(Class<T> type) {
        return new RecordRowMapper<>(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != indexed) {
            columns = shape.columnsIn(rs.getMetaData());
            indexed = rs;
        }
        return (T) shape.build(rs, columns, new int[1]);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object read(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(column);
        }
        if (type == long.class) {
            return rs.getLong(column);
        }
        if (type == int.class) {
            return rs.getInt(column);
        }
        if (type == boolean.class) {
            return rs.getBoolean(column);
        }
        if (type == Long.class) {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }
        if (type == Integer.class) {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
        if (type == double.class) {
            return rs.getDouble(column);
        }
        if (type == Double.class) {
            double value = rs.getDouble(column);
            return rs.wasNull() ? null : value;
        }
        if (type == Instant.class) {
            Timestamp value = rs.getTimestamp(column);
            return value == null ? null : value.toInstant();
        }
        if (type == LocalDate.class) {
            return rs.getObject(column, LocalDate.class);
        }
        if (type.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf((Class<Enum>) type, name);
        }
        return rs.getObject(column, type);
    }

    private static final class Shape {

        final RecordComponent[] components;
        final Constructor<?> constructor;
        /** Per component its column, or null where {@link #nested} holds the component's own shape. */
        final String[] columnNames;
        final Shape[] nested;

        Shape(Class<?> type) {
            this(type, "");
        }

        private Shape(Class<?> type, String prefix) {
            this.components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            columnNames = new String[components.length];
            nested = new Shape[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String column = prefix + underscore(components[i].getName());
                if (types[i].isRecord()) {
                    nested[i] = new Shape(types[i], column + "_");
                } else {
                    columnNames[i] = column;
                }
            }
            try {
                this.constructor = type.getDeclaredConstructor(types);
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is not a record", e);
            }
        }

        /** The result set's index of every column this shape reads, depth first. */
        int[] columnsIn(ResultSetMetaData metaData) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                byName.put(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            List<String> names = new ArrayList<>();
            collectColumnNames(names);
            int[] columns = new int[names.size()];
            for (int i = 0; i < columns.length; i++) {
                Integer index = byName.get(names.get(i));
                if (index == null) {
                    throw new IllegalStateException("The query has no column " + names.get(i) + " for "
                            + constructor.getDeclaringClass().getSimpleName());
                }
                columns[i] = index;
            }
            return columns;
        }

        private void collectColumnNames(List<String> names) {
            for (int i = 0; i < components.length; i++) {
                if (nested[i] != null) {
                    nested[i].collectColumnNames(names);
                } else {
                    names.add(columnNames[i]);
                }
            }
        }

        /** @param next the position in {@code columns} of the next column to read, advanced as they are read */
        Object build(ResultSet rs, int[] columns, int[] next) throws SQLException {
            Object[] values = new Object[components.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = nested[i] != null ? nested[i].build(rs, columns, next)
                        : read(rs, columns[next[0]++], components[i].getType());
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass(), e);
            }
        }

        private static String underscore(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    }
}

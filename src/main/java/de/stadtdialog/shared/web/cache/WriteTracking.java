package de.stadtdialog.shared.web.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Notes on the current thread whether a statement that changes data (insert, update, delete, merge)
 * was prepared, so that only transactions that really wrote count as changes: many services open a
 * transaction to "create if missing" on the way to a page, and finding it there changes nothing.
 */
@Component
class WriteTracking implements BeanPostProcessor {

    private static final ThreadLocal<boolean[]> WROTE = ThreadLocal.withInitial(() -> new boolean[1]);

    static void reset() {
        WROTE.get()[0] = false;
    }

    static boolean wrote() {
        return WROTE.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Tracking) ? new Tracking(dataSource) : bean;
    }

    static boolean changesData(String sql) {
        String start = sql.stripLeading();
        int end = Math.min(start.length(), 7);
        String word = start.substring(0, end).toLowerCase(Locale.ROOT);
        return word.startsWith("insert") || word.startsWith("update") || word.startsWith("delete")
                || word.startsWith("merge");
    }

    /** A data source whose connections report changing statements; a class, so other wrappers still wrap it. */
    static final class Tracking extends DelegatingDataSource {

        Tracking(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return tracking(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return tracking(super.getConnection(username, password));
        }

        private static Connection tracking(Connection connection) {
            return (Connection) Proxy.newProxyInstance(WriteTracking.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                                && changesData(sql)) {
                            WROTE.get()[0] = true;
                        }
                        return invoke(method, connection, args);
                    });
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

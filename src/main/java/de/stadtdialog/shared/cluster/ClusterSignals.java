package de.stadtdialog.shared.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells every node of an installation that something changed, so each can drop what it cached. A
 * signal runs this node's listeners at once and reaches the other nodes through PostgreSQL's
 * LISTEN/NOTIFY: signals are collected for {@value #FLUSH_MILLIS} ms and sent as one notification
 * per channel, so a burst of thousands of writes costs the database a few notifications a second.
 * Messages carry a text (at most a few kilobytes: PostgreSQL's limit is 8,000 bytes) and are sent
 * one by one, in order, within the same fraction of a second. On the embedded database there is only
 * one node, and signals and messages stay local.
 */
@Component
public class ClusterSignals implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    private static final String PG_CHANNEL = "stadtdialog_signals";
    static final long FLUSH_MILLIS = 100;

    private final DataSource dataSource;
    private final DataSourceProperties properties;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Queue<String> messages = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService flusher;
    private volatile Thread listener;
    private volatile boolean running = true;

    ClusterSignals(DataSource dataSource, DataSourceProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Runs the listener whenever this or another node signals the channel. */
    public void on(String channel, Runnable action) {
        onMessage(channel, text -> action.run());
    }

    /** Receives every message published to the channel, on this node and the others. */
    public void onMessage(String channel, Consumer<String> action) {
        listeners.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(action);
    }

    /** Delivers the text to this node's listeners now and to the other nodes' within a fraction of a second. */
    public void publish(String channel, String text) {
        runLocal(channel, text);
        if (flusher != null) {
            messages.add(channel + " " + text);
        }
    }

    /** Runs this node's listeners of the channel now and the other nodes' within a fraction of a second. */
    public void signal(String channel) {
        runLocal(channel, "");
        if (flusher != null) {
            pending.add(channel);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-signals-send");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(() -> send(jdbc), FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        listener = new Thread(this::listen, "cluster-signals-listen");
        listener.setDaemon(true);
        listener.start();
    }

    private void send(JdbcTemplate jdbc) {
        for (String channel : List.copyOf(pending)) {
            pending.remove(channel);
            try {
                notify(jdbc, channel + " ");
            } catch (RuntimeException e) {
                log.warn("Could not tell the other nodes about {}: {}", channel, e.getMessage());
                pending.add(channel);
                return;
            }
        }
        for (String message = messages.poll(); message != null; message = messages.poll()) {
            try {
                notify(jdbc, message);
            } catch (RuntimeException e) {
                log.warn("A message for the other nodes was lost: {}", e.getMessage());
            }
        }
    }

    private void notify(JdbcTemplate jdbc, String channelAndText) {
        jdbc.queryForList("select pg_notify(?, ?)", PG_CHANNEL, node + " " + channelAndText);
    }

    /**
     * Keeps one connection of its own (outside the pool, which must not lose one for good) listening.
     * After a lost connection every channel counts as signalled: a missed notification must not leave
     * a stale cache behind.
     */
    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(properties.determineUrl(),
                    properties.determineUsername(), properties.determinePassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("listen " + PG_CHANNEL);
                if (reconnected) {
                    listeners.keySet().forEach(channel -> runLocal(channel, ""));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        String[] parts = notification.getParameter().split(" ", 3);
                        if (parts.length == 3 && !parts[0].equals(node)) {
                            runLocal(parts[1], parts[2]);
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening for other nodes' signals failed, trying again: {}", e.getMessage());
                    reconnected = true;
                    sleep();
                }
            }
        }
    }

    private void runLocal(String channel, String text) {
        for (Consumer<String> action : listeners.getOrDefault(channel, List.of())) {
            try {
                action.accept(text);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed", channel, e);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        if (flusher != null) {
            flusher.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
    }
}

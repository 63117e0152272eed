package de.stadtdialog.question.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

import de.stadtdialog.shared.cluster.ClusterSignals;

/**
 * Fans live updates out to the browsers watching a phase, on every node: an update is published to
 * all nodes ({@link ClusterSignals}), and each sends it to the browsers connected to it.
 */
@Component
class QuestionStream {

    private static final String CHANNEL = "question-live";

    /** Browsers reconnect on their own after a timeout, so a short one costs nothing and frees dead connections. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    private final ClusterSignals cluster;

    QuestionStream(ClusterSignals cluster) {
        this.cluster = cluster;
        cluster.onMessage(CHANNEL, this::deliver);
    }

    SseEmitter listen(long phaseId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> phase = listeners.computeIfAbsent(phaseId, id -> new CopyOnWriteArrayList<>());
        phase.add(emitter);
        Runnable remove = () -> phase.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("verbunden"));
        } catch (IOException e) {
            phase.remove(emitter);
        }
        return emitter;
    }

    int listeners(long phaseId) {
        return listeners.getOrDefault(phaseId, List.of()).size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void send(LiveUpdate update) {
        cluster.publish(CHANNEL, update.phaseId() + " " + update.name() + " " + JSON.writeValueAsString(update.data()));
    }

    private void deliver(String message) {
        String[] parts = message.split(" ", 3);
        long phaseId = Long.parseLong(parts[0]);
        for (SseEmitter emitter : listeners.getOrDefault(phaseId, List.of())) {
            try {
                emitter.send(SseEmitter.event().name(parts[1]).data(parts[2]));
            } catch (IOException | IllegalStateException gone) {
                listeners.get(phaseId).remove(emitter);
                emitter.completeWithError(gone);
            }
        }
    }
}

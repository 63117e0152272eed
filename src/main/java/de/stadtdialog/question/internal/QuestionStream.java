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

/**
 * Fans live updates out to the browsers watching a phase. It keeps the listeners in this process,
 * which is enough for one node; several nodes will need PostgreSQL LISTEN/NOTIFY to reach all of them.
 */
@Component
class QuestionStream {

    /** Browsers reconnect on their own after a timeout, so a short one costs nothing and frees dead connections. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

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
        String data = JSON.writeValueAsString(update.data());
        for (SseEmitter emitter : listeners.getOrDefault(update.phaseId(), List.of())) {
            try {
                emitter.send(SseEmitter.event().name(update.name()).data(data));
            } catch (IOException | IllegalStateException gone) {
                listeners.get(update.phaseId()).remove(emitter);
                emitter.completeWithError(gone);
            }
        }
    }
}

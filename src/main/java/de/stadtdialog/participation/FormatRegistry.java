package de.stadtdialog.participation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** All formats registered at start-up, by key. */
@Component
public class FormatRegistry {

    private final Map<String, ParticipationFormat> formats = new LinkedHashMap<>();

    FormatRegistry(List<ParticipationFormat> registered) {
        registered.stream()
                .sorted(Comparator.comparing(f -> f.descriptor().key()))
                .forEach(format -> {
                    if (formats.putIfAbsent(format.descriptor().key(), format) != null) {
                        throw new IllegalStateException("Two formats use the key " + format.descriptor().key());
                    }
                });
    }

    public List<ParticipationFormat> all() {
        return List.copyOf(formats.values());
    }

    public Optional<ParticipationFormat> find(String key) {
        return Optional.ofNullable(formats.get(key));
    }

    public ParticipationFormat get(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("No format registered under " + key));
    }
}

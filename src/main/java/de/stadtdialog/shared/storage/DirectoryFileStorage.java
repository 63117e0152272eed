package de.stadtdialog.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps uploads in a directory (a shared volume when several nodes run). */
@Component
class DirectoryFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}\\.(jpg|png|pdf)");

    private final Path root;

    DirectoryFileStorage(@Value("${stadtdialog.storage.directory}") Path root) {
        this.root = root;
    }

    @Override
    public String store(byte[] content, String extension) {
        String key = UUID.randomUUID() + "." + extension;
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    @Override
    public Optional<StoredFile> load(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String type = key.endsWith(".png") ? "image/png" : key.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
            return Optional.of(new StoredFile(Files.newInputStream(file), Files.size(file), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        if (key != null && KEY.matcher(key).matches()) {
            try {
                Files.deleteIfExists(root.resolve(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

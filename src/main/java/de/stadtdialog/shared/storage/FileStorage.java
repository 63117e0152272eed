package de.stadtdialog.shared.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live. Web nodes keep nothing locally that another node would need, so
 * a deployment with several nodes points this at shared storage.
 */
public interface FileStorage {

    /** Stores the bytes and returns the key under which they can be loaded again. */
    String store(byte[] content, String extension);

    Optional<StoredFile> load(String key);

    void delete(String key);

    record StoredFile(InputStream content, long size, String contentType) {
    }
}

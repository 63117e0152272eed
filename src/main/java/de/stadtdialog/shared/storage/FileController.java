package de.stadtdialog.shared.storage;

import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.stadtdialog.shared.web.NotFoundException;

/** Serves uploaded images and documents. Keys are random and never reused, so browsers may cache them for good. */
@Controller
class FileController {

    private final FileStorage storage;

    FileController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/dateien/{key}")
    ResponseEntity<InputStreamResource> file(@PathVariable String key) {
        FileStorage.StoredFile file = storage.load(key).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}

package de.stadtdialog.shared.storage;

import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.stadtdialog.shared.web.NotFoundException;

/**
 * Serves uploaded images and documents. Keys are random and never reused, so browsers may cache them for good.
 * Whatever a file might contain, it runs nothing on our origin: the browser must not guess its type, a
 * sandboxing policy applies to it when opened on its own, and documents are downloaded rather than shown.
 */
@Controller
class FileController {

    static final String USER_FILE_POLICY = "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'";

    private final FileStorage storage;

    FileController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/dateien/{key}")
    ResponseEntity<InputStreamResource> file(@PathVariable String key) {
        FileStorage.StoredFile file = storage.load(key).orElseThrow(NotFoundException::new);
        boolean image = file.contentType().startsWith("image/");
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(key).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", USER_FILE_POLICY)
                .contentLength(file.size())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}

package de.stadtdialog.shared.pdf;

import java.util.Optional;

/**
 * Supplies the bytes behind the application's own URLs while a PDF is rendered, for example an
 * uploaded image under {@code /dateien/abc}. The renderer asks nothing else for resources, so
 * whatever this does not know is left out of the PDF rather than fetched.
 */
@FunctionalInterface
public interface LocalResources {

    /** For reports that reference no images or style sheets of their own. */
    LocalResources NONE = path -> Optional.empty();

    /**
     * @param path the path and query of an application URL as written, still percent-encoded,
     *             for example {@code /dateien/abc} or {@code /css/print.css?v=3}
     */
    Optional<byte[]> load(String path);
}

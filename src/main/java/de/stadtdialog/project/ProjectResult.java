package de.stadtdialog.project;

import java.time.Instant;
import java.util.List;

/**
 * What came out of a project and what the city does with it (Rechenschaft): a summary, what it
 * adopts and why, what it does not and why, documents such as minutes, and links to council
 * decisions. Nothing of it is public before it is published.
 */
public record ProjectResult(long projectId, String summaryMd, String adoptedMd, String rejectedMd,
        Instant publishedAt, Instant updatedAt, List<Document> documents, List<Link> links) {

    public ProjectResult {
        documents = List.copyOf(documents);
        links = List.copyOf(links);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public record Document(long id, String title, String storageKey, long sizeBytes) {

        public String url() {
            return "/dateien/" + storageKey;
        }

        /** The size as people read it, e.g. "1,2 MB". */
        public String size() {
            if (sizeBytes < 1024 * 1024) {
                return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
            }
            return String.format(java.util.Locale.GERMANY, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    public record Link(long id, String title, String url) {
    }
}

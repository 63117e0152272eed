package de.stadtdialog.project;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.project.internal.Follows;
import de.stadtdialog.project.internal.ProjectRepository;
import de.stadtdialog.project.internal.ResultRepository;
import de.stadtdialog.shared.storage.FileStorage;

/**
 * Writing a project's results section. Callers check that the actor may edit the project; each
 * method is one transaction.
 */
@Service
public class ProjectResults {

    /** PDF only: minutes and reports are read on every device, and a PDF cannot carry macros. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final ResultRepository repository;
    private final ProjectRepository projects;
    private final Follows follows;
    private final FileStorage storage;
    private final Clock clock;

    ProjectResults(ResultRepository repository, ProjectRepository projects, Follows follows, FileStorage storage,
            Clock clock) {
        this.projects = projects;
        this.follows = follows;
        this.repository = repository;
        this.storage = storage;
        this.clock = clock;
    }

    public ProjectResult of(long projectId) {
        return repository.find(projectId);
    }

    /**
     * @return the message key of why the texts cannot be saved, or empty once they are: published
     *         results keep a summary, as publishing demands one
     */
    @Transactional
    public Optional<String> saveTexts(long projectId, String summaryMd, String adoptedMd, String rejectedMd) {
        if (blankToNull(summaryMd) == null && repository.find(projectId).published()) {
            return Optional.of("results.published.needs-summary");
        }
        repository.saveTexts(projectId, blankToNull(summaryMd), blankToNull(adoptedMd), blankToNull(rejectedMd),
                clock.instant());
        return Optional.empty();
    }

    /** @return the message key of why the results cannot be published, or empty once they are */
    @Transactional
    public Optional<String> publish(long projectId) {
        ProjectResult before = repository.find(projectId);
        if (before.summaryMd() == null) {
            return Optional.of("results.publish.needs-summary");
        }
        repository.setPublished(projectId, clock.instant(), clock.instant());
        if (!before.published()) {
            projects.findById(projectId).ifPresent(follows::resultsPublished);
        }
        return Optional.empty();
    }

    @Transactional
    public void withdraw(long projectId) {
        repository.setPublished(projectId, null, clock.instant());
    }

    /** @return the document's id, or empty when the bytes are not a PDF */
    @Transactional
    public Optional<Long> addDocument(long projectId, String title, byte[] pdf) {
        if (!isPdf(pdf)) {
            return Optional.empty();
        }
        String key = storage.store(pdf, "pdf");
        return Optional.of(repository.addDocument(projectId, title.strip(), key, pdf.length, clock.instant()));
    }

    @Transactional
    public void removeDocument(long projectId, long documentId) {
        repository.removeDocument(projectId, documentId).ifPresent(storage::delete);
    }

    @Transactional
    public long addLink(long projectId, String title, String url) {
        return repository.addLink(projectId, title.strip(), url.strip(), clock.instant());
    }

    @Transactional
    public void removeLink(long projectId, long linkId) {
        repository.removeLink(projectId, linkId);
    }

    static boolean isPdf(byte[] bytes) {
        return bytes != null && bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
                && bytes[3] == 'F' && bytes[4] == '-';
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package de.stadtdialog.text.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;

/**
 * Comments on paragraphs as the moderators see them. They appear at once, so nothing waits for
 * release; a hidden comment keeps its place in the thread with the reason.
 */
@Component
class TextCommentModeration implements ModeratedContent {

    static final String KIND = "text-comment";

    private final TextCommentRepository comments;
    private final TextService service;
    private final Projects projects;

    TextCommentModeration(TextCommentRepository comments, TextService service, Projects projects) {
        this.comments = comments;
        this.service = service;
        this.projects = projects;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ModeratedItem> find(long id) {
        return comments.find(id).flatMap(comment -> projects.findPhase(comment.phaseId()).map(Phase::projectId)
                .flatMap(projects::find).map(project -> item(comment, project)));
    }

    @Override
    public void hide(long id, String reason) {
        comments.find(id).ifPresent(comment -> service.hide(comment.phaseId(), comment.id(), reason));
    }

    @Override
    public void restore(long id) {
        service.restore(id);
    }

    @Override
    public void approve(long id) {
        service.restore(id);
    }

    @Override
    public List<ModeratedItem> pending(long organisationId) {
        return List.of();
    }

    @Override
    public void highlight(long id, boolean highlighted) {
        service.highlight(id, highlighted);
    }

    private ModeratedItem item(TextComment comment, Project project) {
        return new ModeratedItem(kind(), comment.id(), project.id(), comment.authorId(),
                ModeratedItem.excerpt(comment.body()),
                "/projekte/" + project.slug() + "/text/absatz/" + comment.paragraphKey() + "#kommentar-" + comment.id(),
                comment.hidden() ? ModeratedItem.State.HIDDEN : ModeratedItem.State.PUBLISHED, comment.hiddenReason(),
                true, comment.cityHighlight());
    }
}

package de.stadtdialog.idea.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;

/** Comments on ideas as the moderators see them; they can also be marked as the city's. */
@Component
class IdeaCommentModeration implements ModeratedContent {

    static final String KIND = "idea-comment";

    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final IdeaService service;
    private final Projects projects;

    IdeaCommentModeration(IdeaRepository ideas, CommentRepository comments, IdeaService service, Projects projects) {
        this.ideas = ideas;
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
        return comments.find(id).flatMap(this::item);
    }

    @Override
    public void hide(long id, String reason) {
        comments.find(id).ifPresent(comment -> service.hideComment(comment, reason));
    }

    @Override
    public void restore(long id) {
        comments.find(id).ifPresent(service::restoreComment);
    }

    @Override
    public void approve(long id) {
        comments.find(id).ifPresent(comment -> {
            if (comment.visibility() == Idea.Visibility.PENDING) {
                service.moderateComment(comment, true);
            } else {
                service.restoreComment(comment);
            }
        });
    }

    @Override
    public List<ModeratedItem> pending(long organisationId) {
        return comments.pendingOfOrganisation(organisationId).stream().flatMap(c -> item(c).stream()).toList();
    }

    @Override
    @Transactional
    public void highlight(long id, boolean highlighted) {
        comments.setHighlight(id, highlighted);
    }

    private Optional<ModeratedItem> item(Comment comment) {
        return ideas.find(comment.ideaId()).map(idea -> {
            String slug = projects.find(idea.projectId()).map(Project::slug).orElse("");
            return new ModeratedItem(kind(), comment.id(), idea.projectId(), comment.authorId(),
                    ModeratedItem.excerpt(comment.body()),
                    "/projekte/" + slug + "/ideen/" + idea.id() + "#kommentar-" + comment.id(),
                    IdeaModeration.state(comment.visibility()), comment.hiddenReason(), true, comment.cityHighlight());
        });
    }
}

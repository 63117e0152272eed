package de.stadtdialog.idea.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;

/** Ideas as the moderators see them: hidden, restored and released through the idea service. */
@Component
class IdeaModeration implements ModeratedContent {

    static final String KIND = "idea";

    private final IdeaRepository ideas;
    private final IdeaService service;
    private final Projects projects;

    IdeaModeration(IdeaRepository ideas, IdeaService service, Projects projects) {
        this.ideas = ideas;
        this.service = service;
        this.projects = projects;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ModeratedItem> find(long id) {
        return ideas.find(id).map(this::item);
    }

    @Override
    public void hide(long id, String reason) {
        ideas.find(id).ifPresent(idea -> service.hideIdea(idea, reason));
    }

    @Override
    public void restore(long id) {
        ideas.find(id).ifPresent(service::restoreIdea);
    }

    @Override
    public void approve(long id) {
        ideas.find(id).ifPresent(idea -> {
            if (idea.visibility() == Idea.Visibility.PENDING) {
                service.moderateIdea(idea, true);
            } else {
                service.restoreIdea(idea);
            }
        });
    }

    @Override
    public List<ModeratedItem> pending(long organisationId) {
        return ideas.pendingOfOrganisation(organisationId).stream().map(this::item).toList();
    }

    private ModeratedItem item(Idea idea) {
        String slug = projects.find(idea.projectId()).map(Project::slug).orElse("");
        String reason = idea.visibility() == Idea.Visibility.HIDDEN ? ideas.hiddenReason(idea.id()).orElse(null) : null;
        return new ModeratedItem(kind(), idea.id(), idea.projectId(), idea.authorId(),
                ModeratedItem.excerpt(idea.title() + ": " + idea.body()), "/projekte/" + slug + "/ideen/" + idea.id(),
                state(idea.visibility()), reason, false, false);
    }

    static ModeratedItem.State state(Idea.Visibility visibility) {
        return switch (visibility) {
            case PUBLISHED -> ModeratedItem.State.PUBLISHED;
            case PENDING -> ModeratedItem.State.PENDING;
            case HIDDEN -> ModeratedItem.State.HIDDEN;
            default -> ModeratedItem.State.OTHER;
        };
    }
}

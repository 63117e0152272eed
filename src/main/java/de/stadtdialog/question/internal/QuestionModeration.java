package de.stadtdialog.question.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;

/** Questions as the moderators see them: released, hidden with a reason and restored by the Q&A's own service. */
@Component
class QuestionModeration implements ModeratedContent {

    static final String KIND = "question";

    private final QuestionRepository questions;
    private final QuestionService service;
    private final Projects projects;

    QuestionModeration(QuestionRepository questions, QuestionService service, Projects projects) {
        this.questions = questions;
        this.service = service;
        this.projects = projects;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ModeratedItem> find(long id) {
        return questions.find(id).flatMap(this::item);
    }

    @Override
    public void hide(long id, String reason) {
        service.hide(id, reason);
    }

    @Override
    public void restore(long id) {
        service.release(id);
    }

    @Override
    public void approve(long id) {
        service.release(id);
    }

    @Override
    public List<ModeratedItem> pending(long organisationId) {
        return questions.pendingOfOrganisation(organisationId).stream().flatMap(q -> item(q).stream()).toList();
    }

    private Optional<ModeratedItem> item(Question question) {
        return projects.findPhase(question.phaseId()).map(Phase::projectId).flatMap(projects::find)
                .map((Project project) -> new ModeratedItem(kind(), question.id(), project.id(), question.authorId(),
                        ModeratedItem.excerpt(question.body()),
                        "/projekte/" + project.slug() + "/fragen/" + question.id(), switch (question.state()) {
                            case PUBLISHED -> ModeratedItem.State.PUBLISHED;
                            case PENDING -> ModeratedItem.State.PENDING;
                            case HIDDEN -> ModeratedItem.State.HIDDEN;
                        }, question.hiddenReason(), false, false));
    }
}

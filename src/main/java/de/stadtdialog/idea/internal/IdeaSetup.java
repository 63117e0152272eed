package de.stadtdialog.idea.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.idea.internal.IdeaStatus.Meaning;

/** Creates a project's idea collection with sensible defaults the first time it is needed. */
@Component
class IdeaSetup {

    private final JdbcClient jdbc;
    private final IdeaRepository ideas;

    IdeaSetup(JdbcClient jdbc, IdeaRepository ideas) {
        this.jdbc = jdbc;
        this.ideas = ideas;
    }

    @Transactional
    public void ensure(long projectId) {
        if (ideas.exists(projectId)) {
            return;
        }
        IdeaSettings s = IdeaSettings.defaults(projectId);
        int created = jdbc.sql("""
                insert into idea_collection (project_id, show_map, location_mode, images_allowed, max_length,
                    rating_mode, premoderation, edit_minutes, vote_limit, places, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing""")
                .params(projectId, s.showMap(), s.locationMode().name(), s.imagesAllowed(), s.maxLength(),
                        s.ratingMode().name(), s.premoderation(), s.editMinutes(), s.voteLimit(), null)
                .update();
        if (created == 0) {
            return;
        }
        ideas.insertStatus(projectId, "Eingegangen", "#4a5563", Meaning.RECEIVED);
        ideas.insertStatus(projectId, "In Prüfung", "#8a5a00", Meaning.CHECKING);
        ideas.insertStatus(projectId, "Angenommen", "#1b6e3a", Meaning.ACCEPTED);
        ideas.insertStatus(projectId, "Umgesetzt", "#0b5394", Meaning.DONE);
        ideas.insertStatus(projectId, "Abgelehnt", "#a4262c", Meaning.REJECTED);
        ideas.insertCategory(projectId, "Allgemein", "#1b6e3a", "punkt");
    }
}

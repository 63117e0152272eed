package de.stadtdialog.idea.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.idea.Ideas;

/** {@link Ideas} on top of the module's repositories. */
@Service
class IdeaApi implements Ideas, PersonalDataSource {

    private final IdeaSetup setup;
    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final IdeaService service;
    private final IdeaCounts counts;
    private final Clock clock;

    IdeaApi(IdeaSetup setup, IdeaRepository ideas, CommentRepository comments, IdeaService service,
            IdeaCounts counts, Clock clock) {
        this.counts = counts;
        this.setup = setup;
        this.ideas = ideas;
        this.comments = comments;
        this.service = service;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void setUp(long projectId, List<NewCategory> categories, List<NamedPlace> places) {
        setup.ensure(projectId);
        if (!categories.isEmpty()) {
            ideas.categories(projectId).forEach(c -> ideas.deleteCategory(c.id()));
            categories.forEach(c -> ideas.insertCategory(projectId, c.name(), c.colour(), c.icon()));
        }
        IdeaSettings s = ideas.settings(projectId).orElseThrow();
        ideas.updateSettings(new IdeaSettings(projectId, s.showMap(), s.locationMode(), s.imagesAllowed(),
                s.maxLength(), s.ratingMode(), s.premoderation(), s.editMinutes(), s.voteLimit(),
                places.stream().map(p -> new IdeaSettings.Place(p.name(), p.lat(), p.lon())).toList(), 0));
    }

    @Override
    @Transactional
    public void configure(long projectId, Options options) {
        setup.ensure(projectId);
        IdeaSettings s = ideas.settings(projectId).orElseThrow();
        ideas.updateSettings(new IdeaSettings(projectId, options.showMap(),
                options.askLocation() ? IdeaSettings.LocationMode.OPTIONAL : IdeaSettings.LocationMode.OFF,
                s.imagesAllowed(), s.maxLength(),
                options.thumbs() ? IdeaSettings.RatingMode.THUMBS : IdeaSettings.RatingMode.SUPPORT,
                options.premoderation(), s.editMinutes(), s.voteLimit(), s.places(), 0));
    }

    @Override
    @Transactional
    public long add(long projectId, long authorId, String title, String body, String category, Double lat,
            Double lon, String place) {
        Long categoryId = ideas.categories(projectId).stream().filter(c -> c.name().equals(category))
                .map(Category::id).findFirst().orElse(null);
        Long status = ideas.statuses(projectId).stream().findFirst().map(IdeaStatus::id).orElse(null);
        Instant now = clock.instant();
        long id = ideas.insert(new Idea(0, projectId, authorId, null, title, body, categoryId, status, lat, lon, place,
                null, null, Idea.Visibility.PUBLISHED, false, null, null, 0, 0, 0, 0, now, now));
        ideas.participated(projectId, authorId);
        ideas.touch(projectId);
        counts.changed(projectId);
        return id;
    }

    @Override
    @Transactional
    public void support(long ideaId, long accountId) {
        Idea idea = ideas.lock(ideaId).orElseThrow();
        if (ideas.rating(ideaId, accountId).isEmpty()) {
            ideas.insertRating(ideaId, accountId, 1, clock.instant());
            ideas.addToCounters(ideaId, 1, 0);
            ideas.participated(idea.projectId(), accountId);
            counts.changed(idea.projectId());
        }
    }

    @Override
    @Transactional
    public long comment(long ideaId, Long parentId, long authorId, String body) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        Comment parent = parentId == null ? null : comments.find(parentId).orElseThrow();
        long id = comments.insert(ideaId, parent, authorId, body, Idea.Visibility.PUBLISHED, clock.instant());
        ideas.participated(idea.projectId(), authorId);
        counts.changed(idea.projectId());
        service.published(idea, comments.find(id).orElseThrow());
        return id;
    }

    @Override
    @Transactional
    public void answer(long ideaId, String statusName, String responseMd) {
        Idea idea = ideas.find(ideaId).orElseThrow();
        Long status = ideas.statuses(idea.projectId()).stream().filter(s -> s.name().equals(statusName))
                .map(IdeaStatus::id).findFirst().orElseThrow(() -> new IllegalArgumentException(statusName));
        service.respond(idea, status, responseMd);
    }

    @Override
    public String section() {
        return "ideas";
    }

    /** Everything a person wrote in idea collections, and what they supported. */
    @Override
    public Object collect(long accountId) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("ideas", ideas.byAuthor(accountId).stream().map(idea -> {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("title", idea.title());
            row.put("text", idea.body());
            row.put("latitude", idea.lat());
            row.put("longitude", idea.lon());
            row.put("place", idea.place());
            row.put("visibility", idea.visibility().name());
            row.put("sent", idea.createdAt().toString());
            return row;
        }).toList());
        data.put("comments", comments.byAuthor(accountId).stream()
                .map(c -> java.util.Map.of("idea", c.ideaId(), "text", c.body(), "sent", c.createdAt().toString()))
                .toList());
        data.put("supportedIdeas", ideas.ratedBy(accountId));
        return data;
    }
}

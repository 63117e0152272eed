package de.stadtdialog.idea.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import de.stadtdialog.idea.internal.Idea.Visibility;
import de.stadtdialog.idea.internal.IdeaSettings.LocationMode;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.geo.GeoArea;
import de.stadtdialog.shared.audit.AuditLog;
import de.stadtdialog.shared.storage.ImageUploads;
import de.stadtdialog.shared.text.Texts;
import de.stadtdialog.shared.web.FormErrors;

/**
 * What people do with ideas. Every rule that a form or a button can break is checked here, and
 * each counter changes in the same transaction as the row it counts, on a locked idea row, so
 * the numbers shown stay exact however many people click at once.
 */
@Service
class IdeaService {

    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final ImageUploads images;
    private final Notifications notifications;
    private final Projects projects;
    private final IdeaCounts counts;
    private final GuestConfirmations guests;
    private final AuditLog audit;
    private final Clock clock;

    IdeaService(IdeaRepository ideas, CommentRepository comments, ImageUploads images, Notifications notifications,
            Projects projects, IdeaCounts counts, GuestConfirmations guests, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.guests = guests;
        this.counts = counts;
        this.projects = projects;
        this.ideas = ideas;
        this.comments = comments;
        this.images = images;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- Sending and editing ---

    @Transactional
    public Optional<Long> submit(IdeaContext context, IdeaForm form, MultipartFile image, BindingResult result) {
        IdeaSettings settings = context.settings();
        Location location = check(context, form, result);
        String imageKey = settings.imagesAllowed()
                ? images.storeWithAlternativeText(image, form.imageAlt, result, "image", "imageAlt") : null;
        if (result.hasErrors()) {
            images.discard(imageKey);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Long status = ideas.statuses(context.project().id()).stream().findFirst().map(IdeaStatus::id).orElse(null);
        boolean guest = context.accountId() == null;
        long id = ideas.insert(new Idea(0, context.project().id(), context.accountId(),
                guest ? form.guestName.strip() : null, form.title.strip(),
                form.body.strip(), form.categoryId, status, location.lat, location.lon, location.place, imageKey,
                imageKey == null ? null : form.imageAlt.strip(),
                guest ? Visibility.UNCONFIRMED : settings.premoderation() ? Visibility.PENDING : Visibility.PUBLISHED,
                false, null, null, 0, 0, 0, 0, now, now));
        if (guest) {
            guests.sendIdeaLink(context, id, form.guestEmail.strip());
            return Optional.of(id);
        }
        ideas.participated(context.project().id(), context.accountId());
        ideas.touch(context.project().id());
        counts.changed(context.project().id());
        return Optional.of(id);
    }

    boolean mayEdit(IdeaContext context, Idea idea) {
        IdeaSettings settings = context.settings();
        return idea.byAuthor(context.accountId()) && context.may(IdeaFormat.SUBMIT) && settings.editMinutes() > 0
                && (idea.visibility() == Visibility.PUBLISHED || idea.visibility() == Visibility.PENDING)
                && clock.instant().isBefore(idea.createdAt().plus(Duration.ofMinutes(settings.editMinutes())));
    }

    boolean mayWithdraw(IdeaContext context, Idea idea) {
        return idea.byAuthor(context.accountId()) && context.may(IdeaFormat.SUBMIT)
                && (idea.visibility() == Visibility.PUBLISHED || idea.visibility() == Visibility.PENDING);
    }

    @Transactional
    public boolean edit(IdeaContext context, Idea idea, IdeaForm form, MultipartFile image, BindingResult result) {
        Location location = check(context, form, result);
        String newImage = context.settings().imagesAllowed()
                ? images.storeWithAlternativeText(image, form.imageAlt, result, "image", "imageAlt") : null;
        if (result.hasErrors()) {
            images.discard(newImage);
            return false;
        }
        String imageKey = newImage != null ? newImage : form.removeImage ? null : idea.imageKey();
        String imageAlt = imageKey == null ? null
                : Texts.blankToNull(form.imageAlt) != null ? form.imageAlt.strip() : idea.imageAlt();
        ideas.updateContent(new Idea(idea.id(), idea.projectId(), idea.authorId(), idea.guestName(),
                form.title.strip(),
                form.body.strip(), form.categoryId, idea.statusId(), location.lat, location.lon, location.place,
                imageKey, imageAlt, idea.visibility(), idea.admitted(), idea.responseMd(), idea.responseAt(),
                idea.supports(), idea.opposes(), idea.comments(), idea.votes(), idea.createdAt(), idea.updatedAt()),
                clock.instant());
        ideas.touch(idea.projectId());
        counts.changed(idea.projectId());
        return true;
    }

    @Transactional
    public void withdraw(Idea idea) {
        ideas.setVisibility(idea.id(), Visibility.WITHDRAWN);
        ideas.touch(idea.projectId());
        counts.changed(idea.projectId());
    }

    private record Location(Double lat, Double lon, String place) {
    }

    /** Checks what the form's constraints cannot: the text's length, the category and the location. */
    private Location check(IdeaContext context, IdeaForm form, BindingResult result) {
        IdeaSettings settings = context.settings();
        if (context.accountId() == null) {
            guests.check(form.guestName, form.guestEmail, form.guestConsent, result);
        }
        if (form.body != null && form.body.strip().length() > settings.maxLength()) {
            result.rejectValue("body", "idea.body.too-long", new Object[] { settings.maxLength(),
                    form.body.strip().length() }, null);
        }
        List<Category> categories = ideas.categories(context.project().id());
        if (!categories.isEmpty() && categories.stream().noneMatch(c -> c.id() == (form.categoryId == null ? -1
                : form.categoryId))) {
            result.rejectValue("categoryId", "idea.category.required");
        }
        if (categories.isEmpty()) {
            form.categoryId = null;
        }
        if (settings.locationMode() == LocationMode.OFF) {
            return new Location(null, null, null);
        }
        String place = Texts.blankToNull(form.place == null ? null : form.place.strip());
        Double lat = null;
        Double lon = null;
        String named = Texts.blankToNull(form.namedPlace);
        if (named != null) {
            var found = settings.places().stream().filter(p -> p.name().equals(named)).findFirst();
            if (found.isEmpty()) {
                result.rejectValue("namedPlace", "idea.location.unknown-place");
            } else {
                lat = found.get().lat();
                lon = found.get().lon();
                place = place == null ? found.get().name() : place;
            }
        } else if (Texts.blankToNull(form.lat) != null || Texts.blankToNull(form.lon) != null) {
            lat = coordinate(form.lat, 90);
            lon = coordinate(form.lon, 180);
            if (lat == null || lon == null) {
                result.rejectValue("lat", "idea.location.not-a-coordinate");
                lat = null;
                lon = null;
            } else if (!inArea(context, lat, lon)) {
                result.rejectValue("lat", "idea.location.outside");
            }
        }
        if (settings.locationMode() == LocationMode.REQUIRED && lat == null && place == null
                && !result.hasFieldErrors("lat") && !result.hasFieldErrors("namedPlace")) {
            result.rejectValue("lat", "idea.location.required");
        }
        return new Location(lat, lon, place);
    }

    private static boolean inArea(IdeaContext context, double lat, double lon) {
        return GeoArea.parse(context.project().areaGeojson()).map(area -> area.contains(lat, lon)).orElse(true);
    }

    /** A decimal degree, with point or comma; null when it is none or beyond the limit. */
    static Double coordinate(String text, double limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) && Math.abs(value) <= limit ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- Supporting, rating and voting ---

    enum Outcome {
        DONE, ALREADY, NOT_RATED, LIMIT_REACHED, NOT_ADMITTED, NOT_FOUND
    }

    /**
     * Sets the person's rating of an idea: 1 supports (or thumbs up), -1 thumbs down, 0 takes it
     * back. The idea's row is locked, so parallel clicks are counted one after the other.
     */
    @Transactional
    public Outcome rate(IdeaContext context, long ideaId, int rating) {
        Optional<Idea> locked = ideas.lock(ideaId).filter(i -> i.projectId() == context.project().id()
                && i.visibility() == Visibility.PUBLISHED);
        if (locked.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        long account = context.accountId();
        int before = ideas.rating(ideaId, account).orElse(0);
        if (before == rating) {
            return rating == 0 ? Outcome.NOT_RATED : Outcome.ALREADY;
        }
        if (before == 0) {
            ideas.insertRating(ideaId, account, rating, clock.instant());
        } else if (rating == 0) {
            ideas.deleteRating(ideaId, account);
        } else {
            ideas.updateRating(ideaId, account, rating);
        }
        ideas.addToCounters(ideaId, (rating > 0 ? 1 : 0) - (before > 0 ? 1 : 0),
                (rating < 0 ? 1 : 0) - (before < 0 ? 1 : 0));
        ideas.participated(context.project().id(), account);
        counts.changed(context.project().id());
        return Outcome.DONE;
    }

    /** Gives or takes back a vote for an admitted idea, within the collection's limit of votes per person. */
    @Transactional
    public Outcome vote(IdeaContext context, long ideaId, boolean give) {
        long projectId = context.project().id();
        Integer limit = context.settings().voteLimit();
        if (limit != null) {
            ideas.lockCollection(projectId);
        }
        Optional<Idea> idea = ideas.lock(ideaId).filter(i -> i.projectId() == projectId
                && i.visibility() == Visibility.PUBLISHED);
        if (idea.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        long account = context.accountId();
        boolean has = ideas.hasVote(ideaId, account);
        if (!give) {
            if (!has) {
                return Outcome.NOT_RATED;
            }
            ideas.deleteVote(ideaId, account);
            return Outcome.DONE;
        }
        if (has) {
            return Outcome.ALREADY;
        }
        if (!idea.get().admitted()) {
            return Outcome.NOT_ADMITTED;
        }
        if (limit != null && ideas.votedIdeas(projectId, account).size() >= limit) {
            return Outcome.LIMIT_REACHED;
        }
        ideas.insertVote(ideaId, projectId, account, clock.instant());
        ideas.participated(projectId, account);
        counts.changed(projectId);
        return Outcome.DONE;
    }

    // --- Comments ---

    /** @return the new comment's id, or empty when the form has errors */
    @Transactional
    public Optional<Long> comment(IdeaContext context, Idea idea, CommentForm form, BindingResult result) {
        Comment parent = null;
        if (form.parentId != null) {
            parent = comments.find(form.parentId)
                    .filter(c -> c.ideaId() == idea.id() && c.visibility() == Visibility.PUBLISHED).orElse(null);
            if (parent == null) {
                FormErrors.reject(result, "body", "idea.comment.parent-gone");
            } else if (parent.depth() >= Comment.MAX_DEPTH) {
                // the third level is the last: an answer to it joins the same level
                parent = comments.find(parent.parentId()).orElse(parent);
            }
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        if (context.accountId() == null) {
            guests.check(form.guestName, form.guestEmail, form.guestConsent, result);
            if (result.hasErrors()) {
                return Optional.empty();
            }
            long id = comments.insert(idea.id(), null, null, form.guestName.strip(), null, form.body.strip(),
                    Visibility.UNCONFIRMED, clock.instant());
            guests.sendCommentLink(context, idea, id, form.guestEmail.strip());
            return Optional.of(id);
        }
        boolean premoderated = context.settings().premoderation();
        long id = comments.insert(idea.id(), parent, context.accountId(), form.body.strip(),
                premoderated ? Visibility.PENDING : Visibility.PUBLISHED, clock.instant());
        ideas.participated(idea.projectId(), context.accountId());
        counts.changed(idea.projectId());
        if (!premoderated) {
            published(idea, comments.find(id).orElseThrow());
        }
        return Optional.of(id);
    }

    /** Counts a comment that became public and tells the person it answers. */
    void published(Idea idea, Comment comment) {
        ideas.addComments(idea.id(), 1);
        if (comment.parentId() != null) {
            comments.find(comment.parentId()).map(Comment::authorId)
                    .filter(author -> !author.equals(comment.authorId()))
                    .ifPresent(author -> notifications.notify(author, "notification.idea.reply", idea.title(),
                            "/projekte/" + slugOf(idea) + "/ideen/" + idea.id() + "#kommentar-" + comment.id()));
        }
    }

    @Transactional
    public Outcome rateComment(IdeaContext context, long commentId, int rating) {
        Optional<Comment> comment = comments.lock(commentId).filter(c -> c.visibility() == Visibility.PUBLISHED)
                .filter(c -> ideas.find(c.ideaId()).map(i -> i.projectId() == context.project().id()).orElse(false));
        if (comment.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        int before = comments.rating(commentId, context.accountId()).orElse(0);
        if (before == rating) {
            return rating == 0 ? Outcome.NOT_RATED : Outcome.ALREADY;
        }
        comments.rate(comment.get(), context.accountId(), rating);
        return Outcome.DONE;
    }

    // --- The city's side ---

    /** Sets status and official response; the author is told when either changes. */
    @Transactional
    public void respond(Idea idea, Long statusId, String responseMd) {
        String response = Texts.blankToNull(responseMd == null ? null : responseMd.strip());
        boolean changed = !java.util.Objects.equals(idea.statusId(), statusId)
                || !java.util.Objects.equals(idea.responseMd(), response);
        ideas.respond(idea.id(), statusId, response, response == null ? null : idea.responseAt() != null
                && java.util.Objects.equals(idea.responseMd(), response) ? idea.responseAt() : clock.instant());
        if (changed) {
            audit.record("idea.respond", "idea", idea.id(), answer(idea.statusId(), idea.responseMd()),
                    answer(statusId, response));
        }
        ideas.touch(idea.projectId());
        counts.changed(idea.projectId());
        if (changed && idea.authorId() != null) {
            notifications.notify(idea.authorId(), response != null && !response.equals(idea.responseMd())
                    ? "notification.idea.response" : "notification.idea.status", idea.title(),
                    "/projekte/" + slugOf(idea) + "/ideen/" + idea.id());
        }
    }

    /** @return how many ideas changed */
    @Transactional
    public int setStatus(long projectId, Collection<Long> ideaIds, long statusId) {
        String slug = projects.find(projectId).map(de.stadtdialog.project.Project::slug).orElse("");
        List<Long> all = List.copyOf(ideaIds);
        int count = 0;
        // a thousand at a time: one query to find what changes, one to change it, one batch of notifications
        for (int from = 0; from < all.size(); from += 1000) {
            List<IdeaRepository.Changing> changing = ideas.changing(projectId, all.subList(from,
                    Math.min(all.size(), from + 1000)), statusId);
            count += ideas.setStatus(projectId, changing.stream().map(IdeaRepository.Changing::id).toList(), statusId);
            changing.forEach(c -> audit.record("idea.status", "idea", c.id(), null, java.util.Map.of("status", statusId)));
            notifications.notifyAll(changing.stream().filter(c -> c.authorId() != null)
                    .map(c -> new Notifications.Message(c.authorId(), "notification.idea.status", c.title(),
                            "/projekte/" + slug + "/ideen/" + c.id()))
                    .toList());
        }
        ideas.touch(projectId);
        counts.changed(projectId);
        return count;
    }

    @Transactional
    public void moderateIdea(Idea idea, boolean approve) {
        ideas.setVisibility(idea.id(), approve ? Visibility.PUBLISHED : Visibility.REJECTED);
        ideas.touch(idea.projectId());
        counts.changed(idea.projectId());
    }

    @Transactional
    public void moderateComment(Comment comment, boolean approve) {
        if (comment.visibility() != Visibility.PENDING) {
            return;
        }
        comments.setVisibility(comment.id(), approve ? Visibility.PUBLISHED : Visibility.REJECTED);
        if (approve) {
            published(ideas.find(comment.ideaId()).orElseThrow(), comment);
        }
    }

    /** Takes a published or waiting idea out of the list, the map, the counts and the report. */
    @Transactional
    public void hideIdea(Idea idea, String reason) {
        ideas.setHidden(idea.id(), Visibility.HIDDEN, reason);
        ideas.touch(idea.projectId());
        counts.changed(idea.projectId());
    }

    @Transactional
    public void restoreIdea(Idea idea) {
        if (idea.visibility() == Visibility.HIDDEN) {
            ideas.setHidden(idea.id(), Visibility.PUBLISHED, null);
            ideas.touch(idea.projectId());
            counts.changed(idea.projectId());
        }
    }

    /** The comment leaves the count; its thread keeps a placeholder with the reason. */
    @Transactional
    public void hideComment(Comment comment, String reason) {
        comments.setHidden(comment.id(), Visibility.HIDDEN, reason);
        if (comment.visibility() == Visibility.PUBLISHED) {
            ideas.addComments(comment.ideaId(), -1);
        }
        ideas.find(comment.ideaId()).ifPresent(idea -> counts.changed(idea.projectId()));
    }

    @Transactional
    public void restoreComment(Comment comment) {
        if (comment.visibility() == Visibility.HIDDEN) {
            comments.setHidden(comment.id(), Visibility.PUBLISHED, null);
            ideas.addComments(comment.ideaId(), 1);
            ideas.find(comment.ideaId()).ifPresent(idea -> counts.changed(idea.projectId()));
        }
    }

    @Transactional
    public void admit(Idea idea, boolean admitted) {
        ideas.setAdmitted(idea.id(), admitted);
        audit.record("idea.admit", "idea", idea.id(), java.util.Map.of("admitted", idea.admitted()),
                java.util.Map.of("admitted", admitted));
    }

    private static java.util.Map<String, Object> answer(Long statusId, String response) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("status", statusId);
        values.put("response", response);
        return values;
    }

    private String slugOf(Idea idea) {
        return projects.find(idea.projectId()).map(de.stadtdialog.project.Project::slug).orElse("");
    }
}

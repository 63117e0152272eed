package de.stadtdialog.idea.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.participation.PhaseContext;

/**
 * Turns ideas into cards for the pages: author names, categories and statuses are looked up for
 * a whole page at once, never per idea.
 */
@Component
public class IdeaViews {

    private final IdeaRepository ideas;
    private final Accounts accounts;

    IdeaViews(IdeaRepository ideas, Accounts accounts) {
        this.ideas = ideas;
        this.accounts = accounts;
    }

    /** Categories and statuses of a collection, by id. */
    record Lookups(List<Category> categories, List<IdeaStatus> statuses, Map<Long, Category> categoryById,
            Map<Long, IdeaStatus> statusById) {
    }

    Lookups lookups(long projectId) {
        List<Category> categories = ideas.categories(projectId);
        List<IdeaStatus> statuses = ideas.statuses(projectId);
        return new Lookups(categories, statuses,
                categories.stream().collect(Collectors.toMap(Category::id, Function.identity())),
                statuses.stream().collect(Collectors.toMap(IdeaStatus::id, Function.identity())));
    }

    List<IdeaCard> cards(IdeaContext context, Lookups lookups, List<Idea> page) {
        Long viewer = context.accountId();
        List<Long> voted = viewer == null || !context.votePhase() ? List.of()
                : ideas.votedIdeas(context.project().id(), viewer);
        return cards(context.base(), context.settings(), viewer, voted, lookups, page);
    }

    private List<IdeaCard> cards(String base, IdeaSettings settings, Long viewer, List<Long> voted, Lookups lookups,
            List<Idea> page) {
        List<Long> ids = page.stream().map(Idea::id).toList();
        Map<Long, String> authors = accounts.displayNames(page.stream().map(Idea::authorId).toList());
        Map<Long, Integer> mine = viewer == null ? Map.of() : ideas.ratings(ids, viewer);
        List<IdeaCard> cards = new ArrayList<>(page.size());
        for (Idea idea : page) {
            String author = idea.authorId() == null && idea.guestName() != null ? guest(idea.guestName())
                    : authors.get(idea.authorId());
            cards.add(new IdeaCard(idea, author, lookups.categoryById().get(idea.categoryId()),
                    lookups.statusById().get(idea.statusId()), placeText(idea, settings),
                    mine.getOrDefault(idea.id(), 0), voted.contains(idea.id()), base + "/" + idea.id()));
        }
        return cards;
    }

    IdeaCard card(IdeaContext context, Idea idea) {
        return cards(context, lookups(idea.projectId()), List.of(idea)).get(0);
    }

    /** A guest's name as shown: the name they gave, marked as a guest's. */
    static String guest(String name) {
        return name + (java.util.Locale.ENGLISH.getLanguage().equals(
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) ? " (guest)" : " (Gast)");
    }

    /**
     * The idea's place in words, for everyone who does not use the map: the text its author gave,
     * else the nearest named place within 400 m, else the coordinates.
     */
    static String placeText(Idea idea, IdeaSettings settings) {
        if (idea.place() != null && !idea.place().isBlank()) {
            return idea.place();
        }
        if (!idea.located()) {
            return null;
        }
        IdeaSettings.Place nearest = null;
        double best = 400;
        for (IdeaSettings.Place place : settings.places()) {
            double metres = metres(idea.lat(), idea.lon(), place.lat(), place.lon());
            if (metres < best) {
                best = metres;
                nearest = place;
            }
        }
        return nearest != null ? nearest.name()
                : String.format(Locale.ROOT, "%.5f, %.5f", idea.lat(), idea.lon());
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * 6_371_000;
    }

    /** The project page's part: the collection's newest ideas and the ways in. */
    public record Teaser(String base, List<IdeaCard> newest, boolean showMap) {
    }

    Teaser teaser(PhaseContext phase, IdeaSettings settings) {
        String base = "/projekte/" + phase.projectSlug() + "/ideen";
        List<Idea> newest = ideas.list(phase.projectId(), IdeaQuery.all()).stream().limit(3).toList();
        return new Teaser(base, cards(base, settings, null, List.of(), lookups(phase.projectId()), newest),
                settings.showMap());
    }
}

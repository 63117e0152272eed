package de.stadtdialog.idea.internal;

import java.time.Instant;

/** An idea as the list, the map's text alternative and the idea page show it. */
public record IdeaCard(Idea idea, String author, Category category, IdeaStatus status, String placeText,
        int myRating, boolean voted, String url) {

    public String excerpt() {
        String body = idea.body();
        return body.length() <= 240 ? body : body.substring(0, body.lastIndexOf(' ', 240) > 100
                ? body.lastIndexOf(' ', 240) : 240) + " …";
    }

    public Instant createdAt() {
        return idea.createdAt();
    }

    /** The beginning of the city's response as plain text, for the list. */
    public String responseExcerpt() {
        if (idea.responseMd() == null) {
            return null;
        }
        String text = idea.responseMd().replaceAll("[*_#>`\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 200) > 80
                ? text.lastIndexOf(' ', 200) : 200) + " …";
    }

    public boolean responded() {
        return idea.responseMd() != null;
    }

    public boolean pending() {
        return idea.visibility() == Idea.Visibility.PENDING;
    }

    public boolean rejected() {
        return idea.visibility() == Idea.Visibility.REJECTED;
    }

    public boolean withdrawn() {
        return idea.visibility() == Idea.Visibility.WITHDRAWN;
    }

    public boolean hidden() {
        return idea.visibility() == Idea.Visibility.HIDDEN;
    }
}

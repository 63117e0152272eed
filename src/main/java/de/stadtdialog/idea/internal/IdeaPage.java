package de.stadtdialog.idea.internal;

import java.util.List;

import de.stadtdialog.shared.markdown.SafeHtml;

/** The idea page: the idea, the city's answer, what the viewer may do, and the first page of comments. */
public record IdeaPage(IdeaContext context, IdeaCard card, SafeHtml response, boolean mayEdit, boolean mayWithdraw,
        int votesLeft, CommentPage comments, List<IdeaSettings.Place> places) {

    /** Notices the idea page shows after a redirect; anything else in the parameter is ignored. */
    public static final java.util.Set<String> NOTICES = java.util.Set.of("gesendet", "wartet", "geaendert",
            "unterstuetzt", "zurueckgenommen", "bereits", "abgestimmt", "stimme-zurueck", "limit", "nicht-zugelassen",
            "kommentiert", "kommentar-wartet", "bewertet", "kommentar-bestaetigen", "bestaetigt");
}

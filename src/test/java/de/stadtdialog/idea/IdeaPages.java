package de.stadtdialog.idea;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/** The idea collection's pages in the demo city's heat-island project, for every role that sees them. */
public class IdeaPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String ideas = "/projekte/hitzeinseln-innenstadt/ideen";
        long stiftsplatz = city.ideaId("Stiftsplatz braucht Schatten");
        long fountain = city.ideaId("Trinkbrunnen am Schillerplatz");
        long own = city.ideaId("Kühle Bank unter den Platanen");
        String fund = "/projekte/buergerbudget-innenstadt-west/ideen";
        long bookcase = city.ideaId("Bücherschrank am Kotten");
        String setup = "/verwaltung/phasen/" + city.phaseId("hitzeinseln-innenstadt", 1) + "/ideen";
        return List.of(
                page("idea-list-with-map", Role.VISITOR, ideas),
                page("idea-list-random-order", Role.VISITOR, ideas + "?sortierung=zufall&zufall=42"),
                page("idea-list-filtered-empty", Role.VISITOR, ideas + "?suche=keinTrefferWeitUndBreit"),
                page("idea-list-english", Role.VISITOR, ideas + "?lang=en"),
                page("idea-list-logged-in", Role.CITIZEN, ideas),
                page("idea-with-response", Role.VISITOR, ideas + "/" + fountain),
                page("idea-discussed-as-supporter", Role.CITIZEN, ideas + "/" + stiftsplatz),
                page("idea-comment-errors", Role.CITIZEN, ideas + "/" + stiftsplatz).afterSubmitting(),
                page("idea-comments-second-page", Role.VISITOR, ideas + "/" + stiftsplatz
                        + "/kommentare?sortierung=aelteste&seite=1"),
                page("idea-own-editable", Role.CITIZEN, ideas + "/" + own),
                page("idea-edit", Role.CITIZEN, ideas + "/" + own + "/bearbeiten"),
                page("idea-withdraw-confirm", Role.CITIZEN, ideas + "/" + own + "/zurueckziehen"),
                page("idea-new", Role.CITIZEN, ideas + "/neu"),
                page("idea-new-errors", Role.CITIZEN, ideas + "/neu").afterSubmitting("lat", "49,1", "lon", "x"),
                page("idea-new-as-visitor", Role.VISITOR, ideas + "/neu"),
                page("notifications", Role.CITIZEN, "/benachrichtigungen"),
                page("idea-list-without-map", Role.VISITOR, fund),
                page("idea-thumbs-and-guest-comment", Role.VISITOR, fund + "/" + bookcase),
                page("idea-guest-comment-errors", Role.VISITOR, fund + "/" + bookcase).afterSubmitting(),
                page("idea-new-as-guest", Role.VISITOR, fund + "/neu"),
                page("idea-new-as-guest-errors", Role.VISITOR, fund + "/neu").afterSubmitting("guestEmail", "kaputt"),
                page("idea-guest-link-expired", Role.VISITOR, fund + "/bestaetigen/abgelaufen"),
                page("idea-setup", Role.INITIATOR, setup),
                page("idea-setup-errors", Role.INITIATOR, setup).afterSubmitting("maxLength", "5"),
                page("idea-moderation-list", Role.INITIATOR, setup + "/liste"),
                page("idea-moderation-list-moderator", Role.MODERATOR, setup + "/liste"),
                page("idea-answer", Role.INITIATOR, setup + "/" + fountain));
    }
}

package de.stadtdialog.event;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class EventPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long workshop = city.eventId("Werkstatt: Welcher Entwurf für den Stiftsplatz?");
        long stand = city.eventId("Infostand Hitzeaktionsplan auf dem Wochenmarkt");
        long walk = city.eventId("Platzspaziergang über den Stiftsplatz");
        return List.of(
                page("events", Role.VISITOR, "/veranstaltungen"),
                page("events-filtered", Role.VISITOR, "/veranstaltungen?art=HYBRID"),
                page("events-past", Role.VISITOR, "/veranstaltungen?zeitraum=vergangen"),
                page("event", Role.VISITOR, "/veranstaltungen/" + stand),
                page("event-registered", Role.CITIZEN, "/veranstaltungen/" + stand),
                page("event-full-waiting-list", Role.CITIZEN, "/veranstaltungen/" + workshop),
                page("event-past-documents", Role.VISITOR, "/veranstaltungen/" + walk),
                page("events-backoffice", Role.INITIATOR, "/verwaltung/veranstaltungen"),
                page("event-new-errors", Role.INITIATOR, "/verwaltung/veranstaltungen/neu")
                        .afterSubmitting("title", ""),
                page("event-edit", Role.ADMIN, "/verwaltung/veranstaltungen/" + workshop));
    }
}

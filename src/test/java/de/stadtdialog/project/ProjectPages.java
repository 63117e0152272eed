package de.stadtdialog.project;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class ProjectPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long heat = city.projectId("hitzeinseln-innenstadt");
        return List.of(
                page("home", Role.VISITOR, "/"),
                page("home-logged-in", Role.CITIZEN, "/"),
                page("home-english", Role.VISITOR, "/?lang=en"),
                page("overview", Role.VISITOR, "/projekte"),
                page("overview-filtered-empty", Role.VISITOR, "/projekte?q=keinTrefferWeitUndBreit"),
                page("project-running-with-map", Role.VISITOR, "/projekte/hitzeinseln-innenstadt"),
                page("project-past-phase", Role.VISITOR,
                        "/projekte/hitzeinseln-innenstadt?phase=" + city.phaseId("hitzeinseln-innenstadt", 0)),
                page("project-planned", Role.VISITOR, "/projekte/fahrradstrassen-im-westen"),
                page("project-finished-with-results", Role.VISITOR, "/projekte/digitale-buergerdienste"),
                page("project-archived", Role.VISITOR, "/projekte/volkspark-spielplatz"),
                page("project-private-invited", Role.CITIZEN, "/projekte/smart-city-beirat"),
                page("project-draft-preview", Role.ADMIN, "/projekte/quartiersplatz-kotten"),
                page("project-as-its-initiator", Role.INITIATOR, "/projekte/hitzeinseln-innenstadt"),
                page("organisations", Role.VISITOR, "/organisationen"),
                page("organisation", Role.VISITOR, "/organisationen/referat-umwelt"),
                page("backoffice-initiator", Role.INITIATOR, "/verwaltung"),
                page("backoffice-moderator", Role.MODERATOR, "/verwaltung"),
                page("backoffice-admin", Role.ADMIN, "/verwaltung"),
                page("project-new", Role.INITIATOR, "/verwaltung/projekte/neu"),
                page("project-new-errors", Role.INITIATOR, "/verwaltung/projekte/neu")
                        .afterSubmitting("areaGeojson", "{kaputt"),
                page("project-edit", Role.INITIATOR, "/verwaltung/projekte/" + heat),
                page("project-phases", Role.INITIATOR, "/verwaltung/projekte/" + heat + "/phasen"),
                page("project-publish-needs-concept", Role.ADMIN, "/verwaltung/projekte/"
                        + city.projectId("quartiersplatz-kotten") + "/phasen?fehler=project.publish.needs-concept"),
                page("project-phases-errors", Role.INITIATOR, "/verwaltung/projekte/" + heat + "/phasen")
                        .afterSubmitting("title", ""),
                page("phase-delete-confirm", Role.INITIATOR, "/verwaltung/projekte/" + heat + "/phasen/"
                        + city.phaseId("hitzeinseln-innenstadt", 2) + "/loeschen"),
                page("project-private-edit", Role.ADMIN, "/verwaltung/projekte/" + city.projectId("smart-city-beirat")),
                page("taxonomy", Role.ADMIN, "/verwaltung/stammdaten"),
                page("not-found", Role.VISITOR, "/projekte/gibt-es-nicht"),
                page("forbidden", Role.CITIZEN, "/verwaltung/stammdaten"));
    }
}

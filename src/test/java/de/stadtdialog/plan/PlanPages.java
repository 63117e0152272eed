package de.stadtdialog.plan;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class PlanPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long heat = city.planId("Hitzeaktionsplan für die Innenstadt");
        long collecting = city.planId("Offene Daten-Plattform der Stadt");
        long answered = city.planId("Neubau der Grundschule Morlautern");
        return List.of(
                page("plans", Role.VISITOR, "/vorhaben"),
                page("plans-filtered", Role.VISITOR, "/vorhaben?beteiligung=nein&status=DECIDED"),
                page("plans-map", Role.VISITOR, "/vorhaben?ansicht=karte"),
                page("plan", Role.VISITOR, "/vorhaben/" + heat),
                page("plan-request-collecting", Role.VISITOR, "/vorhaben/" + collecting),
                page("plan-request-collecting-citizen", Role.CITIZEN, "/vorhaben/" + collecting),
                page("plan-request-answered", Role.VISITOR, "/vorhaben/" + answered),
                page("plan-request-form-errors", Role.CITIZEN, "/vorhaben/" + heat)
                        .afterSubmitting("justification", ""),
                page("plan-request-answer", Role.ADMIN, "/verwaltung/vorhaben/" + collecting + "/anregung"),
                page("plan-request-answer-errors", Role.ADMIN, "/verwaltung/vorhaben/" + collecting + "/anregung")
                        .afterSubmitting("answer", ""),
                page("plan-request-answered-backoffice", Role.ADMIN, "/verwaltung/vorhaben/" + answered + "/anregung"),
                page("plans-backoffice", Role.INITIATOR, "/verwaltung/vorhaben"),
                page("plan-edit", Role.INITIATOR, "/verwaltung/vorhaben/" + heat),
                page("plan-edit-errors", Role.INITIATOR, "/verwaltung/vorhaben/" + heat)
                        .afterSubmitting("estimatedCost", "viel Geld"));
    }
}

package de.stadtdialog.project;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import org.openqa.selenium.By;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/** What became of a project's contributions: the results page, the council report and their back office. */
public class ResultsPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String digital = "/verwaltung/projekte/" + city.projectId("digitale-buergerdienste") + "/ergebnisse";
        // sending texts saves them, so the failed publishing uses a project that has none yet
        String pending = "/verwaltung/projekte/" + city.projectId("laermaktionsplan-innenstadt") + "/ergebnisse";
        return List.of(
                page("results", Role.VISITOR, "/projekte/digitale-buergerdienste/ergebnisse"),
                page("results-filtered-by-status", Role.VISITOR,
                        "/projekte/digitale-buergerdienste/ergebnisse?status=Angenommen"),
                page("results-archived", Role.VISITOR, "/projekte/volkspark-spielplatz/ergebnisse"),
                page("results-waiting", Role.VISITOR, "/projekte/laermaktionsplan-innenstadt/ergebnisse"),
                page("results-not-due", Role.VISITOR, "/projekte/beteiligungsbeirat-bewerbung/ergebnisse"),
                page("results-report", Role.VISITOR, "/projekte/digitale-buergerdienste/bericht"),
                page("results-report-english", Role.VISITOR, "/projekte/digitale-buergerdienste/bericht?lang=en"),
                page("overview-results-pending", Role.VISITOR, "/projekte?ergebnisse=ausstehend"),
                page("results-backoffice", Role.ADMIN, digital),
                page("results-backoffice-pending", Role.INITIATOR, pending),
                page("results-publish-without-summary", Role.INITIATOR, pending)
                        .afterSubmittingWith(By.cssSelector("main button[name=aktion][value=veroeffentlichen]"),
                                "summaryMd", ""),
                page("results-link-errors", Role.INITIATOR, pending)
                        .afterSubmittingWith(By.cssSelector("#beschluesse form.form button[type=submit]"),
                                "linkTitle", "Beschluss des Stadtrats", "linkUrl", "ratsinfo/beschluss-17"));
    }
}

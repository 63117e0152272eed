package de.stadtdialog.text;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class TextPages implements PageSet {

    private static final String SLUG = "leitlinien-buergerbeteiligung";

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String text = "/projekte/" + SLUG + "/text";
        String backoffice = "/verwaltung/phasen/" + city.phaseId(SLUG, 0) + "/text";
        return List.of(
                page("text-project", Role.VISITOR, "/projekte/" + SLUG),
                page("text-document", Role.VISITOR, text),
                page("text-most-discussed", Role.CITIZEN, text + "?sortierung=diskutiert"),
                page("text-paragraph", Role.CITIZEN, text + "/absatz/2.2"),
                page("text-paragraph-visitor", Role.VISITOR, text + "/absatz/1.3"),
                page("text-comment-errors", Role.CITIZEN, text + "/absatz/2.2").afterSubmitting("body", ""),
                page("text-changes", Role.VISITOR, text + "/aenderungen?von=1&zu=2"),
                page("text-backoffice", Role.ADMIN, backoffice),
                page("text-backoffice-errors", Role.ADMIN, backoffice).afterSubmitting("bodyMd", ""));
    }
}

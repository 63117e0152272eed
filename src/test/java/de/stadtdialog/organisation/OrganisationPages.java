package de.stadtdialog.organisation;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class OrganisationPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String umwelt = "/verwaltung/organisationen/" + city.organisationId("referat-umwelt");
        return List.of(
                page("organisations-admin", Role.ADMIN, "/verwaltung/organisationen"),
                page("organisation-new", Role.ADMIN, "/verwaltung/organisationen/neu"),
                page("organisation-new-errors", Role.ADMIN, "/verwaltung/organisationen/neu")
                        .afterSubmitting("website", "keine Adresse"),
                page("organisation-edit", Role.ADMIN, umwelt));
    }
}

package de.stadtdialog.page;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.ArrayList;
import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class StaticPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        List<CheckedPage> pages = new ArrayList<>();
        for (PageKey key : PageKey.values()) {
            pages.add(page("page-" + key.path(), Role.VISITOR, "/" + key.path()));
        }
        pages.add(page("organisation-netiquette", Role.VISITOR, "/organisationen/smart-city/netiquette"));
        pages.add(page("barrier-report", Role.VISITOR, "/barrierefreiheit/melden"));
        pages.add(page("barrier-report-errors", Role.VISITOR, "/barrierefreiheit/melden").afterSubmitting());
        pages.add(page("pages-admin", Role.ADMIN, "/verwaltung/seiten"));
        pages.add(page("page-edit", Role.ADMIN, "/verwaltung/seiten/impressum"));
        pages.add(page("barrier-reports", Role.ADMIN, "/verwaltung/barrieremeldungen"));
        return pages;
    }
}

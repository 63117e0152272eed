package de.stadtdialog.information;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class InformationPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String setup = "/verwaltung/phasen/" + city.phaseId("hitzeinseln-innenstadt", 0) + "/information";
        return List.of(
                page("information-setup", Role.INITIATOR, setup),
                page("information-setup-errors", Role.INITIATOR, setup).afterSubmitting("title", ""));
    }
}

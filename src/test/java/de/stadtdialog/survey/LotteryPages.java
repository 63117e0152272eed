package de.stadtdialog.survey;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/** The demo city's advisory-board lottery: the back office with the draw, and the public record. */
public class LotteryPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long phase = city.phaseId("beteiligungsbeirat-bewerbung", 0);
        return List.of(
                page("lottery-record", Role.VISITOR, "/umfragen/" + phase + "/losverfahren"),
                page("lottery-record-en", Role.VISITOR, "/umfragen/" + phase + "/losverfahren?lang=en"),
                page("lottery-admin", Role.ADMIN, "/verwaltung/phasen/" + phase + "/umfrage/losverfahren"));
    }
}

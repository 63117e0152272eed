package de.stadtdialog.moderation;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/** Reporting, the public moderation log, the queue, one item and the audit log. */
public class ModerationPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long idea = city.ideaId("Stiftsplatz braucht Schatten");
        return List.of(
                page("report-form", Role.VISITOR, "/melden?art=idea&id=" + idea),
                page("report-form-errors", Role.CITIZEN, "/melden?art=idea&id=" + idea).afterSubmitting(),
                page("moderation-log", Role.VISITOR, "/projekte/hitzeinseln-innenstadt/moderation"),
                page("moderation-queue", Role.MODERATOR, "/verwaltung/moderation"),
                page("moderation-queue-admin", Role.ADMIN, "/verwaltung/moderation?status=geprueft"),
                page("moderation-item", Role.MODERATOR, "/verwaltung/moderation/eintrag/idea/" + idea),
                page("audit-log", Role.ADMIN, "/verwaltung/protokoll"));
    }
}

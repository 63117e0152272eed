package de.stadtdialog.question;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class QuestionPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        String base = "/projekte/fragen-klimaanpassung/fragen";
        long answered = city.questionId("Warum werden in der Marktstraße");
        long open = city.questionId("Kann man die Hitzewarnungen");
        String moderation = "/verwaltung/phasen/" + city.phaseId("fragen-klimaanpassung", 0) + "/fragen";
        return List.of(
                page("questions", Role.VISITOR, base),
                page("questions-citizen", Role.CITIZEN, base),
                page("questions-relevant", Role.VISITOR, base + "?filter=relevant&kategorie=Gesundheit"),
                page("questions-none", Role.VISITOR, base + "?filter=beantwortet&kategorie=Unbekannt"),
                page("questions-ask-errors", Role.CITIZEN, base).afterSubmitting("body", ""),
                page("question-answered", Role.VISITOR, base + "/" + answered),
                page("question-expert", Role.INITIATOR, base + "/" + open),
                page("question-expert-errors", Role.INITIATOR, base + "/" + open).afterSubmitting("answer", ""),
                page("questions-live", Role.VISITOR, base + "/live"),
                page("questions-stage", Role.VISITOR, base + "/buehne"),
                page("questions-moderation", Role.MODERATOR, moderation),
                page("questions-moderation-initiator", Role.INITIATOR, moderation));
    }
}

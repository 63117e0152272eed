package de.stadtdialog.survey.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class SurveySettingsForm {

    @Size(max = 20000)
    public String introMd = "";

    @NotNull
    public Survey.Results results = Survey.Results.AFTER_END;

    public boolean editable;

    @NotNull
    public Survey.GuestMode guestMode = Survey.GuestMode.BROWSER;

    @NotNull
    public Survey.Purpose purpose = Survey.Purpose.SURVEY;

    public boolean textsModerated;

    static SurveySettingsForm of(Survey survey) {
        SurveySettingsForm form = new SurveySettingsForm();
        form.introMd = survey.introMd() == null ? "" : survey.introMd();
        form.results = survey.results();
        form.editable = survey.editable();
        form.guestMode = survey.guestMode();
        form.purpose = survey.purpose();
        form.textsModerated = survey.textsModerated();
        return form;
    }
}

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
}

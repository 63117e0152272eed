package de.stadtdialog.project.internal;

import jakarta.validation.constraints.Size;

import de.stadtdialog.project.ProjectResult;

/** The texts of a project's results section. */
public class ResultsForm {

    @Size(max = 50000)
    public String summaryMd = "";

    @Size(max = 50000)
    public String adoptedMd = "";

    @Size(max = 50000)
    public String rejectedMd = "";

    static ResultsForm of(ProjectResult result) {
        ResultsForm form = new ResultsForm();
        form.summaryMd = orEmpty(result.summaryMd());
        form.adoptedMd = orEmpty(result.adoptedMd());
        form.rejectedMd = orEmpty(result.rejectedMd());
        return form;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

package de.stadtdialog.idea.internal;

import jakarta.validation.constraints.Size;

/** The city's answer to an idea: status, official response (Markdown), admission to the vote. */
public class AnswerForm {

    public Long statusId;

    @Size(max = 20000)
    public String responseMd = "";

    public boolean admitted;
}

package de.stadtdialog.idea.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.stadtdialog.shared.text.PlainText;

/** A category or a status: a name and a colour, and the icon or the meaning. */
public class TermForm {

    @NotBlank
    @Size(max = 80)
    @PlainText
    public String name = "";

    @NotBlank
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{idea.colour.invalid}")
    public String colour = "#1b6e3a";

    public String icon = "punkt";

    public IdeaStatus.Meaning meaning = IdeaStatus.Meaning.CHECKING;
}

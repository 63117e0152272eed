package de.stadtdialog.project.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link to a council decision or another document published elsewhere, e.g. in the council information system. */
public class ResultLinkForm {

    @NotBlank
    @Size(max = 200)
    public String linkTitle = "";

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = "(https?://\\S+)?", message = "{results.link.url.pattern}")
    public String linkUrl = "";
}

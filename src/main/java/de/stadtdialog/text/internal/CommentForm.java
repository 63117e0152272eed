package de.stadtdialog.text.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.stadtdialog.shared.text.PlainText;

public class CommentForm {

    @NotBlank
    @Size(max = 5000)
    @PlainText
    public String body = "";

    /** The comment answered, or null for a new thread. */
    public Long parentId;
}

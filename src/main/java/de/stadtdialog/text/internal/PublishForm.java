package de.stadtdialog.text.internal;

import java.util.List;

import jakarta.validation.constraints.Size;

public class PublishForm {

    @Size(max = 2000)
    public String changeNote = "";

    /** Comments the initiators name as the reason for the new version. */
    public List<Long> ledToChange = List.of();
}

package de.stadtdialog.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PageForm {

    @NotBlank
    @Size(max = 160)
    public String title = "";

    @NotBlank
    @Size(max = 100000)
    public String bodyMd = "";
}

package de.stadtdialog.page;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class BarrierReportForm {

    @Size(max = 500)
    public String pageUrl = "";

    @NotBlank
    @Size(max = 4000)
    public String description = "";

    @Email
    @Size(max = 254)
    public String email = "";
}

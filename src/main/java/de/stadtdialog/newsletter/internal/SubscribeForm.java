package de.stadtdialog.newsletter.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class SubscribeForm {

    @NotBlank
    @Email
    @Size(max = 254)
    public String email = "";
}

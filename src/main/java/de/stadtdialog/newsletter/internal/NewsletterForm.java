package de.stadtdialog.newsletter.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class NewsletterForm {

    @NotBlank
    @Size(max = 200)
    public String subject = "";

    @NotBlank
    @Size(max = 50000)
    public String bodyMd = "";

    static NewsletterForm of(Newsletter newsletter) {
        NewsletterForm form = new NewsletterForm();
        form.subject = newsletter.subject();
        form.bodyMd = newsletter.bodyMd();
        return form;
    }
}

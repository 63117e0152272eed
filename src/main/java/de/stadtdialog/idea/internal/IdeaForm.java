package de.stadtdialog.idea.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.stadtdialog.shared.text.PlainText;

/** The form to send or edit an idea. The text's length limit is the collection's, checked by the service. */
public class IdeaForm {

    @NotBlank
    @Size(max = 160)
    @PlainText
    public String title = "";

    @NotBlank
    @PlainText
    public String body = "";

    public Long categoryId;

    /** A named place chosen from the list instead of a point on the map. */
    public String namedPlace = "";

    /** Latitude and longitude as typed or set by the map; a decimal comma is fine. */
    public String lat = "";

    public String lon = "";

    @Size(max = 200)
    @PlainText
    public String place = "";

    @Size(max = 300)
    @PlainText
    public String imageAlt = "";

    public boolean removeImage;

    /** Only for guests: the name shown with the idea, the address for the confirmation link, and consent. */
    public String guestName = "";

    public String guestEmail = "";

    public boolean guestConsent;

    static IdeaForm of(Idea idea) {
        IdeaForm form = new IdeaForm();
        form.title = idea.title();
        form.body = idea.body();
        form.categoryId = idea.categoryId();
        form.lat = idea.lat() == null ? "" : String.valueOf(idea.lat());
        form.lon = idea.lon() == null ? "" : String.valueOf(idea.lon());
        form.place = idea.place() == null ? "" : idea.place();
        form.imageAlt = idea.imageAlt() == null ? "" : idea.imageAlt();
        return form;
    }
}

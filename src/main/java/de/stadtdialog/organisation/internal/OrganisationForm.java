package de.stadtdialog.organisation.internal;

import static de.stadtdialog.shared.text.Texts.blankToNull;
import static de.stadtdialog.shared.text.Texts.orEmpty;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.stadtdialog.organisation.Organisation;

public class OrganisationForm {

    @NotBlank
    @Size(max = 120)
    public String name = "";

    @Size(max = 80)
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{slug.pattern}")
    public String slug = "";

    @Size(max = 2000)
    public String description = "";

    @Size(max = 200)
    public String logoAlt = "";

    @Email
    @Size(max = 254)
    public String contactEmail = "";

    @Size(max = 40)
    public String contactPhone = "";

    @Size(max = 300)
    public String contactAddress = "";

    @Size(max = 300)
    @Pattern(regexp = "(https?://\\S+)?", message = "{url.pattern}")
    public String website = "";

    @Size(max = 20000)
    public String imprintMd = "";

    @Size(max = 20000)
    public String privacyMd = "";

    @Size(max = 20000)
    public String netiquetteMd = "";

    public boolean removeLogo;

    static OrganisationForm of(Organisation o) {
        OrganisationForm form = new OrganisationForm();
        form.name = o.name();
        form.slug = o.slug();
        form.description = orEmpty(o.description());
        form.logoAlt = orEmpty(o.logoAlt());
        form.contactEmail = orEmpty(o.contactEmail());
        form.contactPhone = orEmpty(o.contactPhone());
        form.contactAddress = orEmpty(o.contactAddress());
        form.website = orEmpty(o.website());
        form.imprintMd = orEmpty(o.imprintMd());
        form.privacyMd = orEmpty(o.privacyMd());
        form.netiquetteMd = orEmpty(o.netiquetteMd());
        return form;
    }

    Organisation toOrganisation(long id, String slug, String logoKey) {
        return new Organisation(id, slug, name.trim(), blankToNull(description), logoKey, logoKey == null ? null : blankToNull(logoAlt),
                blankToNull(contactEmail), blankToNull(contactPhone), blankToNull(contactAddress), blankToNull(website), blankToNull(imprintMd),
                blankToNull(privacyMd), blankToNull(netiquetteMd));
    }
}

package de.stadtdialog.organisation.internal;

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
        form.description = nz(o.description());
        form.logoAlt = nz(o.logoAlt());
        form.contactEmail = nz(o.contactEmail());
        form.contactPhone = nz(o.contactPhone());
        form.contactAddress = nz(o.contactAddress());
        form.website = nz(o.website());
        form.imprintMd = nz(o.imprintMd());
        form.privacyMd = nz(o.privacyMd());
        form.netiquetteMd = nz(o.netiquetteMd());
        return form;
    }

    Organisation toOrganisation(long id, String slug, String logoKey) {
        return new Organisation(id, slug, name.trim(), blank(description), logoKey, logoKey == null ? null : blank(logoAlt),
                blank(contactEmail), blank(contactPhone), blank(contactAddress), blank(website), blank(imprintMd),
                blank(privacyMd), blank(netiquetteMd));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package de.stadtdialog.idea.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.stadtdialog.idea.internal.IdeaSettings.LocationMode;
import de.stadtdialog.idea.internal.IdeaSettings.RatingMode;

/** The back office form of a collection's settings. */
public class SettingsForm {

    public boolean showMap;

    @NotNull
    public LocationMode locationMode = LocationMode.OPTIONAL;

    public boolean imagesAllowed;

    @NotNull
    @Min(100)
    @Max(20000)
    public Integer maxLength = IdeaSettings.DEFAULT_MAX_LENGTH;

    @NotNull
    public RatingMode ratingMode = RatingMode.SUPPORT;

    public boolean premoderation;

    @NotNull
    @Min(0)
    @Max(10080)
    public Integer editMinutes = 60;

    @Min(1)
    @Max(100)
    public Integer voteLimit;

    /** One place per line: "Name; Breitengrad; Längengrad". */
    @Size(max = 20000)
    public String places = "";

    static SettingsForm of(IdeaSettings s) {
        SettingsForm form = new SettingsForm();
        form.showMap = s.showMap();
        form.locationMode = s.locationMode();
        form.imagesAllowed = s.imagesAllowed();
        form.maxLength = s.maxLength();
        form.ratingMode = s.ratingMode();
        form.premoderation = s.premoderation();
        form.editMinutes = s.editMinutes();
        form.voteLimit = s.voteLimit();
        form.places = s.places().stream().map(p -> p.name() + "; " + p.lat() + "; " + p.lon())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        return form;
    }
}

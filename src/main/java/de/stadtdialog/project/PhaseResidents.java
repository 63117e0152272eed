package de.stadtdialog.project;

import java.util.List;

/**
 * Who among verified residents may take part in a phase that requires verification: residents of
 * some of the project's districts (none named: the whole city) and of a minimum age (null: any).
 */
public record PhaseResidents(List<Long> districtIds, Integer minimumAge) {

    public static final PhaseResidents ANY = new PhaseResidents(List.of(), null);

    public PhaseResidents {
        districtIds = List.copyOf(districtIds);
    }

    public boolean any() {
        return districtIds.isEmpty() && minimumAge == null;
    }
}

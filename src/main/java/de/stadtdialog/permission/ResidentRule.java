package de.stadtdialog.permission;

import java.util.List;
import java.util.Map;

/**
 * What a phase for verified residents asks beyond the verification: living in one of some
 * districts, and a minimum age.
 *
 * @param districts district names by id, in the order they are named; empty for the whole city
 * @param minimumAge null for any age
 */
public record ResidentRule(Map<Long, String> districts, Integer minimumAge) {

    public static final ResidentRule NONE = new ResidentRule(Map.of(), null);

    public ResidentRule {
        districts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(districts));
    }

    boolean admits(Verification verification) {
        boolean district = districts.isEmpty()
                || verification.districtId() != null && districts.containsKey(verification.districtId());
        Integer age = verification.age();
        return district && (minimumAge == null || age != null && age >= minimumAge);
    }

    /** The denial naming who may take part, e.g. residents of Innenstadt aged 14 and over. */
    Decision denial() {
        String key = "permission.residents" + (districts.size() > 1 ? ".districts" : districts.size() == 1 ? ".district" : "")
                + (minimumAge != null ? ".age" : "");
        return Decision.deny(key, String.join(", ", List.copyOf(districts.values())), minimumAge);
    }
}

package de.stadtdialog.verification;

import java.util.Arrays;
import java.util.Optional;

/** How a person was verified as a resident; a city switches each on by its setting key. */
public enum VerificationMethod {
    /** A match in the resident register extract the city uploaded. */
    REGISTER("register"),
    /** A one-time code sent by letter. */
    LETTER("letter"),
    /** Staff checked an ID in person. */
    IN_PERSON("in-person");

    private final String settingKey;

    VerificationMethod(String settingKey) {
        this.settingKey = settingKey;
    }

    public String settingKey() {
        return settingKey;
    }

    public static Optional<VerificationMethod> bySettingKey(String key) {
        return Arrays.stream(values()).filter(method -> method.settingKey.equals(key)).findFirst();
    }
}

package de.stadtdialog.verification.internal;

import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.stadtdialog.verification.VerificationMethod;

/**
 * The city's choices: which verification methods are on, how long a verification lasts, and the
 * secret pepper that keys the hashes of register rows and letter codes.
 */
@Component
public class VerificationSettings {

    private final Set<VerificationMethod> methods;
    private final Period validFor;
    private final KeyedHash hash;

    VerificationSettings(@Value("${stadtdialog.verification.methods:in-person}") String methods,
            @Value("${stadtdialog.verification.valid-for:P2Y}") String validFor,
            @Value("${stadtdialog.verification.pepper:}") String pepper) {
        this.methods = EnumSet.noneOf(VerificationMethod.class);
        for (String key : methods.split(",")) {
            if (!key.isBlank()) {
                this.methods.add(VerificationMethod.bySettingKey(key.trim()).orElseThrow(() -> new IllegalStateException(
                        "stadtdialog.verification.methods: unknown method '" + key.trim()
                                + "' (known: register, letter, in-person)")));
            }
        }
        this.validFor = Period.parse(validFor);
        boolean hashes = this.methods.contains(VerificationMethod.REGISTER) || this.methods.contains(VerificationMethod.LETTER);
        if (hashes && pepper.length() < 32) {
            throw new IllegalStateException("stadtdialog.verification.pepper (STADTDIALOG_VERIFICATION_PEPPER) must be "
                    + "a secret of at least 32 characters when verification by register or letter is on");
        }
        this.hash = new KeyedHash(pepper);
    }

    public boolean on(VerificationMethod method) {
        return methods.contains(method);
    }

    public Set<VerificationMethod> methods() {
        return Set.copyOf(methods);
    }

    Period validFor() {
        return validFor;
    }

    KeyedHash hash() {
        return hash;
    }
}

package de.stadtdialog.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 keyed with the configured pepper. Without the pepper, which never enters the
 * database, a stolen table of hashes cannot be matched against guessed names and birth dates.
 */
final class KeyedHash {

    private final SecretKeySpec key;

    KeyedHash(String pepper) {
        this.key = pepper.isEmpty() ? null : new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String value) {
        if (key == null) {
            throw new IllegalStateException("stadtdialog.verification.pepper is not set");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package de.stadtdialog.shared.spam;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed timestamps rendered into participation forms, so that a submission can prove when its form was
 * shown. The key comes from {@code stadtdialog.spam.secret}; without it each start draws a random key,
 * which is fine on one node (open forms only need to be sent once more after a restart).
 */
@Component
public class FormStamps {

    /** The request attribute holding the stamp of the current page, read by {@code Ui.formStamp()}. */
    public static final String ATTRIBUTE = FormStamps.class.getName();
    public static final String PARAMETER = "formStarted";

    private final byte[] key;
    private final Clock clock;

    FormStamps(@Value("${stadtdialog.spam.secret:}") String secret, Clock clock) {
        this.key = secret.isBlank() ? randomKey() : secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String issue() {
        return sign(key, clock.instant());
    }

    /** The time the form was shown, when the stamp is one this installation signed. */
    Optional<Instant> verify(String stamp) {
        if (stamp == null || stamp.length() > 100) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            Instant shown = Instant.ofEpochMilli(Long.parseLong(stamp.substring(0, dot)));
            byte[] expected = sign(key, shown).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, stamp.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(shown)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "millis.signature"; public so that tests can sign with the key of the test profile. */
    public static String sign(byte[] key, Instant shown) {
        String millis = Long.toString(shown.toEpochMilli());
        return millis + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, millis));
    }

    static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyed hash, so stored network addresses and texts cannot be read back by trying all values. */
    String pseudonym(String value) {
        return java.util.HexFormat.of().formatHex(hmac(key, value)).substring(0, 40);
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

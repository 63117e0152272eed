package de.stadtdialog.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Long enough, and not one of the passwords attackers try first. Length beats composition rules
 * (NIST SP 800-63B), so there are no rules about digits or special characters.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        var list = new ClassPathResource("account/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing", e);
        }
    }

    /** @return the message key of the problem, or empty when the password is acceptable */
    Optional<String> check(String password, String username, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.too-common");
        }
        if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT).trim()) && username.trim().length() >= 4)
                || (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                        && email.split("@")[0].length() >= 4)) {
            return Optional.of("password.contains-name");
        }
        return Optional.empty();
    }
}

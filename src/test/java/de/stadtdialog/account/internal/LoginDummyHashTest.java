package de.stadtdialog.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An unknown login is checked against a hash made once rather than at every start; it must cost what a
 * real password's check costs, so it has to carry the parameters new passwords are hashed with.
 */
class LoginDummyHashTest {

    private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

    @Test
    void theDummyHashCostsWhatANewPasswordHashCosts() {
        String dummy = LoginAuthenticationProvider.DUMMY_HASH;
        assertThat(parameters(dummy)).isEqualTo(parameters(encoder.encode("any password")));
        assertThat(encoder.upgradeEncoding(dummy)).isFalse();
        assertThat(encoder.matches("no account has this password", dummy)).isTrue();
    }

    /** "{argon2}$argon2id$v=19$m=16384,t=2,p=1$salt$hash" without its salt and hash. */
    private static String parameters(String hash) {
        String[] parts = hash.split("\\$");
        return parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + parts[3];
    }
}

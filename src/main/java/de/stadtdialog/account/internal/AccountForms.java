package de.stadtdialog.account.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the account pages. */
public final class AccountForms {

    private AccountForms() {
    }

    public static class Registration {
        @NotBlank
        @Size(min = 3, max = 40)
        @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{username.pattern}")
        public String username = "";

        @NotBlank
        @Email
        @Size(max = 254)
        public String email = "";

        public String password = "";

        public boolean acceptTerms;
    }

    /** A new account for a person an identity provider vouched for: no e-mail, no password to choose. */
    public static class ExternalRegistration {
        @NotBlank
        @Size(min = 3, max = 40)
        @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{username.pattern}")
        public String username = "";

        public boolean acceptTerms;
    }

    public static class Login {
        public String login = "";
    }

    /** Proof with the password that an existing account is one's own, to link an identity to it. */
    public static class LinkAccount {
        public String login = "";
        public String password = "";
    }

    public static class ForgotPassword {
        @NotBlank
        @Email
        @Size(max = 254)
        public String email = "";
    }

    public static class NewPassword {
        public String token = "";
        public String password = "";
    }

    public static class ChangeEmail {
        @NotBlank
        @Email
        @Size(max = 254)
        public String email = "";
        public String currentPassword = "";
    }

    public static class ChangePassword {
        public String currentPassword = "";
        public String password = "";
    }

    public static class ChangeUsername {
        @NotBlank
        @Size(min = 3, max = 40)
        @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{username.pattern}")
        public String username = "";
    }

    public static class DeleteAccount {
        public String currentPassword = "";
        /** The person's choice: delete what they wrote, or keep it as from "Gelöschtes Konto". */
        public boolean removeContributions;
        public boolean confirm;
    }
}

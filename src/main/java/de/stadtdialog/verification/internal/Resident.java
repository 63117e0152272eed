package de.stadtdialog.verification.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A person as the resident register names them. Two spellings of the same person give the same
 * {@link #key()}: case, umlauts written as "ae", ß as "ss", accents, hyphens and extra spaces do
 * not matter, nor anything but the digits of the postcode.
 */
record Resident(String surname, String firstName, LocalDate birthDate, String postcode) {

    String key() {
        return "resident-v1|" + name(surname) + "|" + name(firstName) + "|" + birthDate + "|" + digits(postcode);
    }

    static String name(String value) {
        String text = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return text.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }
}

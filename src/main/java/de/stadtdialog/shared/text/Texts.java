package de.stadtdialog.shared.text;

/** Between form fields, which are never null, and columns, which hold null for "nothing entered". */
public final class Texts {

    private Texts() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

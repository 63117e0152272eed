package de.stadtdialog.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks, and which of them a browser asks for. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    /** The cookie that remembers a reader's explicit switch of language. */
    public static final String COOKIE = "stadtdialog-lang";

    private Languages() {
    }

    /** The best supported language for an Accept-Language header; German when none fits. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.GERMAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.GERMAN : match;
        } catch (IllegalArgumentException e) {
            return Locale.GERMAN;
        }
    }
}

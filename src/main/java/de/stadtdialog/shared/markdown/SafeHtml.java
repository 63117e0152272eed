package de.stadtdialog.shared.markdown;

/**
 * HTML that has passed the sanitiser. Templates print only this type unescaped, so a raw string
 * can never reach the page by accident.
 */
public record SafeHtml(String html) {

    public static final SafeHtml EMPTY = new SafeHtml("");

    public boolean isEmpty() {
        return html.isBlank();
    }
}

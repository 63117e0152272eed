package de.stadtdialog.text.internal;

/**
 * A paragraph of a published or previewed version.
 *
 * @param paragraphKey the stable number, e.g. "2.3", that comments refer to in every version
 * @param position where it stands in the version, counted from 0 across chapters
 * @param body its Markdown, without a numbering marker
 */
public record Paragraph(String paragraphKey, int chapterNo, int paragraphNo, String chapterTitle, int position,
        String body) {

    public static String key(int chapterNo, int paragraphNo) {
        return chapterNo + "." + paragraphNo;
    }
}

package de.stadtdialog.survey.internal;

/** The picture of an option of an image choice, served by the file store, with its alternative text. */
public record OptionImage(String imageKey, String alt) {

    public String url() {
        return "/dateien/" + imageKey;
    }
}

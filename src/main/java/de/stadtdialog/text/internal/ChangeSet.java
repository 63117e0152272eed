package de.stadtdialog.text.internal;

import java.util.List;

/** What changed between two versions, paragraph by paragraph, and the comments that led to it. */
public record ChangeSet(Version from, Version to, List<Change> changes, int unchanged) {

    public enum Status {
        NEW, CHANGED, REMOVED
    }

    public record Change(String key, String chapterTitle, Status status, List<WordDiff.Segment> segments,
            List<Reason> reasons) {
    }

    /** A comment that led to the change, as the initiators marked it when publishing. */
    public record Reason(TextComment comment, String author, int versionNo) {
    }
}

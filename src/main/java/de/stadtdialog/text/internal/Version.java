package de.stadtdialog.text.internal;

import java.time.Instant;

/** A published version of a phase's document; versions are numbered 1, 2, ... per phase. */
public record Version(long id, long phaseId, int versionNo, String bodyMd, String changeNote, Instant publishedAt,
        Long publishedBy) {

    static final String COLUMNS = "id, phase_id, version_no, body_md, change_note, published_at, published_by";
}

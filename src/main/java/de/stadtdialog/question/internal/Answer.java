package de.stadtdialog.question.internal;

import java.time.Instant;

public record Answer(long id, long questionId, Long expertId, String expertRole, String bodyMd, Instant createdAt) {
}

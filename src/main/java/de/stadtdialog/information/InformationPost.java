package de.stadtdialog.information;

import java.time.LocalDate;

public record InformationPost(long id, long phaseId, String title, String bodyMd, LocalDate publishedOn, Long authorId) {
}

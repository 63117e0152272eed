package de.stadtdialog.page;

import java.time.Instant;

public record Page(String pageKey, String title, String bodyMd, int version, Instant updatedAt) {
}

package de.stadtdialog.project;

/** The editorial state of a project; whether it is running follows from its phases. */
public enum ProjectStatus {
    DRAFT, PUBLISHED, ARCHIVED
}

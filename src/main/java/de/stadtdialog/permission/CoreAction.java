package de.stadtdialog.permission;

/** Actions that every project has, whatever formats its phases host. */
public enum CoreAction {
    /** Read the project page. */
    VIEW,
    /** Edit, preview, publish and archive the project, its phases and its formats. */
    EDIT,
    /** Moderate contributions in the project. */
    MODERATE,
    /** Platform-wide administration: organisations, members and roles, pages. */
    ADMINISTER
}

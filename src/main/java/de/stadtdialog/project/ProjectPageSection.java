package de.stadtdialog.project;

import java.util.Optional;

import de.stadtdialog.shared.web.Ui;
import gg.jte.Content;

/**
 * A section another module adds to a project's public page, such as its upcoming events. The
 * project module renders what it is given and knows nothing of the module behind it.
 */
public interface ProjectPageSection {

    /** @return the section for this project, or empty when it has nothing to show */
    Optional<Content> render(Project project, Ui ui);
}

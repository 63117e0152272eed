/**
 * Building blocks every module may use: rendering Markdown safely, sending mail, storing files,
 * and the web plumbing (view helper, form errors, error pages).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.stadtdialog.shared;

import org.springframework.modulith.ApplicationModule;

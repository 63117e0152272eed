package de.stadtdialog.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form objects are plain classes with public fields: they exist only to carry a submitted form
 * back to the page with its errors, so getters and setters would add nothing.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void directFieldAccess(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }
}

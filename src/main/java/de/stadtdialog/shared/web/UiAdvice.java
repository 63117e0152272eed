package de.stadtdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class UiAdvice {

    private final UiFactory factory;

    UiAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return factory.create(request);
    }
}

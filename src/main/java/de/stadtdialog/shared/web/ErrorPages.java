package de.stadtdialog.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a page in the reader's language: a friendly 404, a 403 that says why,
 * a 400 for malformed requests, and a 500 that apologises without showing internals.
 */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final UiFactory uiFactory;

    ErrorPages(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 404, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 403, e.reason());
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class })
    ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 400, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 405, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 413, null);
    }

    /**
     * A form body that cannot be read (cut off, no boundary) is the sender's fault, not its size; Spring
     * reports exceeded limits as {@link MaxUploadSizeExceededException} above.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenForm(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 400, null);
    }

    /** Everything that was not handled above, including errors raised before MVC (security, filters). */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // "/error" typed into the address bar is no failure but a page that does not exist
        int status = code instanceof Integer value ? value : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure instanceof Throwable t) {
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        return page(request, response, status, null);
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status,
            MessageSourceResolvable reason) {
        int shown = switch (status) {
            case 400, 403, 404, 405, 413 -> status;
            default -> status >= 500 ? 500 : 400;
        };
        Ui ui = uiFactory.create(request);
        String message = reason != null ? ui.t(reason) : ui.t("error." + shown + ".message");
        response.setStatus(status);
        String helpPath = null;
        String helpLabel = null;
        if (reason != null && reason.getCodes() != null && reason.getCodes().length > 0) {
            // a denial whose reason names a page that helps, as "<reason>.help-path" and "<reason>.help-label"
            String key = reason.getCodes()[0];
            String path = ui.t(key + ".help-path");
            if (!path.equals(key + ".help-path")) {
                helpPath = path;
                helpLabel = ui.t(key + ".help-label");
            }
        }
        ErrorPage page = new ErrorPage(shown, ui.t("error." + shown + ".title"), message, helpPath, helpLabel);
        return new ModelAndView("error/page", Map.of("ui", ui, "page", page), HttpStatus.valueOf(status));
    }
}

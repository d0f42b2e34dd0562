package dev.plinth.admin.designer;

import dev.plinth.admin.ProblemPages;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the design pages (designer, plan, history) as pages in the admin layout, in words and without a stack
 * trace: a thing that does not exist (any more) is a 404 saying so; anything unexpected is logged and a 500 page
 * says the change was not made.
 */
@ControllerAdvice(basePackages = {"dev.plinth.admin.designer", "dev.plinth.admin.plan", "dev.plinth.admin.history"})
class DesignerErrors {

    private static final Logger log = LoggerFactory.getLogger(DesignerErrors.class);

    @ExceptionHandler(DesignException.class)
    ModelAndView missing(DesignException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", e.getMessage());
    }

    /** A number in the address that is none, or too large: in the path it names nothing, as a parameter it is wrong. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "There is no " + e.getName() + " " + e.getValue() + ".");
        }
        return page(response, HttpServletResponse.SC_BAD_REQUEST, "Bad address",
                "The address's " + e.getName() + " must be a whole number, not '" + e.getValue() + "'.");
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        if (ProblemPages.answeredElsewhere(e)) {
            throw e;
        }
        log.error("An admin design page failed", e);
        return page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong",
                "Plinth could not do this, and nothing was changed. The server log has the details. The cause: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private static ModelAndView page(HttpServletResponse response, int status, String title, String message) {
        return ProblemPages.page("designer", "entities", response, status, title, message);
    }
}

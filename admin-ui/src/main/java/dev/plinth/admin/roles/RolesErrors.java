package dev.plinth.admin.roles;

import dev.plinth.admin.ProblemPages;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the roles pages, in the admin layout and in words: a 404 for what does not exist, else a 500 page. */
@ControllerAdvice(basePackages = "dev.plinth.admin.roles")
class RolesErrors {

    private static final Logger log = LoggerFactory.getLogger(RolesErrors.class);

    @ExceptionHandler(RoleException.class)
    ModelAndView missing(RoleException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", e.getMessage());
    }

    /** An address whose id or number is malformed names nothing. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "There is no such role, entity or rule.");
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        if (ProblemPages.answeredElsewhere(e)) {
            throw e;
        }
        log.error("An admin roles page failed", e);
        return page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong",
                "Plinth could not do this, and nothing was changed. The server log has the details.");
    }

    private static ModelAndView page(HttpServletResponse response, int status, String title, String message) {
        return ProblemPages.page("roles", "roles", response, status, title, message);
    }
}

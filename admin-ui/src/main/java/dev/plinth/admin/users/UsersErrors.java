package dev.plinth.admin.users;

import dev.plinth.admin.ProblemPages;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the users and keys pages, in the admin layout and in words: a 404 for a user or key that does not
 * exist, else a 500 page; a database that cannot serve the request is left to the engine's 503. Forms never reach
 * the log: a password is only ever hashed, and a key secret only stored as its hash, so no failure can carry one.
 */
@ControllerAdvice(basePackages = "dev.plinth.admin.users")
class UsersErrors {

    private static final Logger log = LoggerFactory.getLogger(UsersErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView missing(NotFoundException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", e.getMessage());
    }

    /** An address whose id or number is malformed names nothing. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "There is no such user or API key.");
    }

    /** Spring's own refusals keep their status; a database outage goes on to the engine's 503. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        if (ProblemPages.answeredElsewhere(e)) {
            throw e;
        }
        log.error("An admin users page failed", e);
        return page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong",
                "Plinth could not do this. The server log has the details.");
    }

    private static ModelAndView page(HttpServletResponse response, int status, String title, String message) {
        return ProblemPages.page("users", "users", response, status, title, message);
    }
}

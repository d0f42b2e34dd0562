package dev.plinth.admin;

import dev.plinth.query.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's error pages, one a group of pages ({@code admin/<pages>/problem}): a status, a title and a message in
 * words in the admin layout, never a stack trace.
 */
public final class ProblemPages {

    private ProblemPages() {
    }

    /** The problem page of {@code pages}, in the navigation's {@code section}, answered with {@code status}. */
    public static ModelAndView page(String pages, String section, HttpServletResponse response, int status,
                                    String title, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("admin/" + pages + "/problem");
        page.addObject("section", section);
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }

    /**
     * Whether a failure is answered elsewhere, not with a 500 page: Spring's own refusals keep their status, and a
     * database that cannot serve the request is the engine's 503.
     */
    public static boolean answeredElsewhere(RuntimeException e) {
        return e instanceof ErrorResponse || DatabaseOutage.of(e).isPresent();
    }
}

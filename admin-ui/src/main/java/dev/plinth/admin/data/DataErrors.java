package dev.plinth.admin.data;

import dev.plinth.query.QueryException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the data browser's pages show when the engine refuses a request outright (no such entity or row, a form
 * without its row's version): the reason in words on a page of the layout, never a stack trace.
 */
@ControllerAdvice(assignableTypes = {DataController.class, RowController.class, CsvController.class})
class DataErrors {

    @ExceptionHandler(QueryException.class)
    String refused(QueryException e, Model model, HttpServletResponse response) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT, STALE -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.BAD_REQUEST;
        };
        response.setStatus(status.value());
        model.addAttribute("section", "data");
        model.addAttribute("problem", Problems.sentence(e.getMessage()));
        return "admin/data/problem";
    }
}

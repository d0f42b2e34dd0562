package dev.plinth.security.web;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.Shown;
import dev.plinth.security.Explanation;
import dev.plinth.security.Permissions;
import dev.plinth.schema.ActiveModel;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/api/explain?role=editor&entity=post&action=update}: for admins, which rules give a role an action
 * on an entity, and the effective row filter and fields that follow.
 */
@RestController
class ExplainController {

    private final ActiveModel active;

    ExplainController(ActiveModel active) {
        this.active = active;
    }

    @GetMapping("/admin/api/explain")
    ResponseEntity<?> explain(@RequestParam String role, @RequestParam String entity, @RequestParam String action) {
        ModelIndex index = new ModelIndex(active.current().model());
        Entity target = index.entity(entity).or(() -> index.target(entity)).orElse(null);
        if (target == null) {
            return refused("explain.entity", "there is no entity '" + Shown.shortened(entity) + "'");
        }
        Action parsed;
        try {
            parsed = Action.fromJson(action.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refused("explain.action", "action must be read, create, update or delete, not '"
                    + Shown.shortened(action) + "'");
        }
        try {
            Explanation explanation = Permissions.of(index).explain(role, target, parsed);
            return ResponseEntity.ok(explanation);
        } catch (IllegalArgumentException e) {
            return refused("explain.role", "there is no role '" + Shown.shortened(role) + "'");
        }
    }

    private static ResponseEntity<ProblemDetail> refused(String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("code", code);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

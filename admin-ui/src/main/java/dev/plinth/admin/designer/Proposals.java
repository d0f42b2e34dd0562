package dev.plinth.admin.designer;

import dev.plinth.admin.Draft;
import dev.plinth.admin.Drafts;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a checked design change into the session's draft, to be reviewed on the plan page. A change with problems
 * is not kept: the form shows them. A new change replaces a draft not applied yet.
 */
@Component
class Proposals {

    /** Where a proposed change goes next. */
    static final String REVIEW = "redirect:/admin/plan";

    private final DesignCheck check;

    Proposals(DesignCheck check) {
        this.check = check;
    }

    /**
     * What became of a proposal.
     *
     * @param problems  what is wrong with it; empty when it became the draft
     * @param unchanged whether it changes nothing at all, so there is nothing to review
     */
    record Outcome(List<Problem> problems, boolean unchanged) {
        boolean accepted() {
            return problems.isEmpty() && !unchanged;
        }
    }

    Outcome propose(HttpSession session, AppliedModel base, Model draft, String description, String returnTo) {
        if (draft.equals(base.model())) {
            return new Outcome(List.of(), true);
        }
        List<Problem> problems = check.problems(draft);
        if (problems.isEmpty()) {
            Drafts.put(session, new Draft(base.version(), draft, description, returnTo));
        }
        return new Outcome(problems, false);
    }

    static String entityPath(String entity) {
        return "/admin/entities/" + entity;
    }
}

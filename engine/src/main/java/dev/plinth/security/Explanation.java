package dev.plinth.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Action;
import dev.plinth.model.Rule;
import java.util.List;
import java.util.Map;

/**
 * Why a role may or may not do an action on an entity, for people granting access: the rules that apply and what
 * they add up to. Plain values, so it renders as JSON as it is.
 *
 * @param role    the role asked about
 * @param entity  the entity's name
 * @param action  the action
 * @param allowed whether some rule allows the action
 * @param rules   the rules that allow it, in role and file order (a role other than the built-in ones brings the
 *                rules of {@code authenticated} too, as every user holding it is signed in)
 * @param rows    the rows it applies to, as a filter: {@code (a) or (b)}, {@code every row}, or
 *                {@code no rule allows this}; for create, the rows a caller may create
 * @param check   for create and update, what a written row must meet afterwards: {@code (a) or (b)} or
 *                {@code no check}; {@code null} for read and delete, and when denied
 * @param fields  the members the caller may read (read), write (create, update), or none (delete)
 */
public record Explanation(String role, String entity, Action action, boolean allowed, List<AppliedRule> rules,
                          String rows, String check, List<String> fields) {

    /** What is shown for an action no rule allows. */
    public static final String DENIED = "no rule allows this";
    /** What is shown for a filter that holds for every row. */
    public static final String EVERY_ROW = "every row";
    /** What is shown for writes that no check restricts. */
    public static final String NO_CHECK = "no check";

    public Explanation {
        rules = List.copyOf(rules);
        fields = List.copyOf(fields);
    }

    /**
     * One rule that applies.
     *
     * @param role   the role it belongs to
     * @param index  its place in the role's {@code rules}, from 0
     * @param where  its row filter, or {@code null}
     * @param check  its check, or {@code null}
     * @param fields its field lists as written
     * @param preset its presets as written
     */
    public record AppliedRule(String role, int index, String where, String check, Rule.FieldAccess fields,
                              Map<String, JsonNode> preset) {
    }
}

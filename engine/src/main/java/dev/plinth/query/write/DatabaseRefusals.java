package dev.plinth.query.write;

import dev.plinth.model.Entity;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.QueryException.Kind;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

/**
 * What PostgreSQL refused in a write, told in the caller's terms: a unique value already taken, a reference to a
 * row that is gone, a row still referenced. Anything else is not the caller's doing and is rethrown.
 */
final class DatabaseRefusals {

    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";
    private static final String NOT_NULL = "23502";

    private DatabaseRefusals() {
    }

    static RuntimeException explain(DataAccessException failure, Entity entity, Constraints constraints, boolean deleting) {
        if (failure.getCause() instanceof QueryException refusal) {
            return refusal;
        }
        PSQLException pg = failure.getCause(PSQLException.class);
        if (pg == null || pg.getServerErrorMessage() == null) {
            return failure;
        }
        String constraint = pg.getServerErrorMessage().getConstraint();
        var guard = constraints.guard(constraint);
        switch (String.valueOf(pg.getSQLState())) {
            case UNIQUE -> {
                List<String> fields = guard.map(Constraints.Guard::fields).orElse(List.of());
                String what = fields.isEmpty() ? "these values" : String.join(" and ", fields);
                return new QueryException(Kind.CONFLICT, "unique", "another " + entity.name() + " already has the same "
                        + what, fields.stream().map(f -> new FieldError(f, "unique", "another " + entity.name()
                        + " already has this " + f)).toList());
            }
            case FOREIGN_KEY -> {
                if (deleting && guard.isPresent()) {
                    var referrer = guard.get();
                    return new QueryException(Kind.CONFLICT, "referenced", "this " + entity.name() + " is still"
                            + " referenced by " + referrer.entity().name() + " rows (their " + referrer.fields().get(0)
                            + " field); delete or change those first");
                }
                String field = guard.map(g -> g.fields().get(0)).orElse(null);
                return new QueryException(Kind.UNPROCESSABLE, "validation", "a value points to a row that does not"
                        + " exist", field == null ? List.of() : List.of(new FieldError(field, "reference",
                        field + " points to a row that does not exist")));
            }
            case NOT_NULL -> {
                return new QueryException(Kind.UNPROCESSABLE, "validation", "a required value is missing");
            }
            default -> {
                if (String.valueOf(pg.getSQLState()).startsWith("22")) {
                    return new QueryException(Kind.UNPROCESSABLE, "validation", "a value does not fit its field");
                }
                return failure;
            }
        }
    }
}

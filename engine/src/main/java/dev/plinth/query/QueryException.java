package dev.plinth.query;

import java.util.List;

/**
 * A request the query stages refuse, or a write the database refused, described without HTTP: a kind (which the API
 * maps to a status), a stable code, a message for the caller, and the field errors behind it.
 */
public class QueryException extends RuntimeException {

    /** What sort of refusal; the API turns each into one HTTP status. */
    public enum Kind {
        /** The request is malformed or breaks a rule (400). */
        INVALID,
        /** The entity or row does not exist, or the caller may not see it (404). */
        NOT_FOUND,
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** The write conflicts with other rows: a unique value taken, a row still referenced (409). */
        CONFLICT,
        /** The row changed since the version the caller read (412). */
        STALE,
        /** The body is larger than allowed (413). */
        TOO_LARGE,
        /** The body is not JSON (415). */
        UNSUPPORTED_MEDIA_TYPE,
        /** The values are well-formed but break the model's rules (422). */
        UNPROCESSABLE
    }

    /**
     * One problem with one part of a request.
     *
     * @param field   the field or parameter, such as {@code title}, {@code [2].title}, {@code filter} or {@code sort}
     * @param code    a stable code for the broken rule, such as {@code required}, {@code maxLength}
     * @param message what is wrong, naming the bad value where it helps
     */
    public record FieldError(String field, String code, String message) {
    }

    private final Kind kind;
    private final String code;
    private final List<FieldError> errors;

    public QueryException(Kind kind, String code, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public QueryException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    /** A bad query parameter: one error naming it. */
    public static QueryException invalidParameter(String parameter, String code, String message) {
        return new QueryException(Kind.INVALID, code, message, List.of(new FieldError(parameter, code, message)));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package dev.plinth.api.openapi;

import dev.plinth.query.QueryLimits;

/** The error responses of the API: each a component under {@code #/components/responses}, with problem+json. */
enum ErrorResponse {

    BAD_REQUEST(400, "BadRequest", "The request is malformed: a parameter is unknown, repeated or cannot be used"
            + " (filter, sort, fields, expand, limit, ...), If-Match is not an ETag, or the body is not readable JSON of"
            + " the right shape (such as an array of more than " + QueryLimits.MAX_BATCH_SIZE + " rows)."),
    FORBIDDEN(403, "Forbidden", "Your roles do not allow this."),
    NOT_FOUND(404, "NotFound", "No row has this id, or none that you may see."),
    CONFLICT(409, "Conflict", "The change conflicts with other rows: a unique value is taken, or rows still point at"
            + " this one."),
    PRECONDITION_FAILED(412, "PreconditionFailed", "If-Match names a version the row no longer has: it changed since"
            + " you read it."),
    CONTENT_TOO_LARGE(413, "ContentTooLarge", "The body is larger than " + QueryLimits.MAX_BODY_BYTES + " bytes."),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The body is not JSON: send it with Content-Type "
            + CommonComponents.JSON + "."),
    UNPROCESSABLE_CONTENT(422, "UnprocessableContent", "The body names a field the entity does not have or that"
            + " Plinth maintains (id, createdAt, version, ...), or a value breaks its field's rules (required, type,"
            + " length, pattern, range, allowed values, a reference to a missing row); errors lists each one.");

    private final int status;
    private final String component;
    private final String description;

    ErrorResponse(int status, String component, String description) {
        this.status = status;
        this.component = component;
        this.description = description;
    }

    /** The HTTP status, as the key of the responses object. */
    String status() {
        return Integer.toString(status);
    }

    /** The name under {@code #/components/responses}. */
    String component() {
        return component;
    }

    String description() {
        return description;
    }
}

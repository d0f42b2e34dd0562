package dev.plinth.api;

import dev.plinth.query.Access;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** Who is calling, as far as the API needs to know: what they may read and write, and their user id. */
public interface Caller {

    /** The caller's access to the model being served. */
    Access access(HttpServletRequest request, ApiModel.Snapshot api);

    /** The caller's user id, recorded as {@code createdBy} and {@code updatedBy}; {@code null} when anonymous. */
    UUID id(HttpServletRequest request);

    /**
     * What decides how much of the API the caller sees, as a cache key: callers with the same audience get the same
     * OpenAPI document (their roles, say).
     */
    default String audience(HttpServletRequest request) {
        return "";
    }

    /** Everyone may do everything: the API before security is configured. */
    Caller OPEN = new Caller() {
        @Override
        public Access access(HttpServletRequest request, ApiModel.Snapshot api) {
            return Access.ALL;
        }

        @Override
        public UUID id(HttpServletRequest request) {
            return null;
        }
    };
}

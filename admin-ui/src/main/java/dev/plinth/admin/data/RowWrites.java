package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.api.ApiModel;
import dev.plinth.api.Caller;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes rows for the data browser through the engine's write stages with {@link Access#ALL}: every value is
 * checked by the engine's {@code RowValidator} first, and nothing is written while any value fails. The signed-in
 * person, as the API's {@link Caller} knows them, is recorded as {@code createdBy} and {@code updatedBy}.
 */
@Component
class RowWrites {

    private final ApiModel api;
    private final Caller caller;

    RowWrites(ApiModel api, Caller caller) {
        this.api = api;
        this.caller = caller;
    }

    /**
     * Checks one row's values as the engine checks a write, adding every problem to {@code errors}. Throws a
     * FORBIDDEN {@link QueryException} only for fields that may not be written at all.
     */
    RowValues check(Entity entity, JsonNode body, WriteMode mode, String prefix, List<FieldError> errors) {
        return api.current().validator().check(entity, body, mode, prefix, errors, Access.ALL);
    }

    /** Creates the row; {@code unreadable} holds values the form could not read. Throws when anything fails. */
    UUID create(Entity entity, JsonNode body, List<FieldError> unreadable, HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        RowValues values = check(entity, body, WriteMode.CREATE, "", errors);
        rejectIfAny(errors);
        return createAll(entity, List.of(values), false, request).get(0);
    }

    /** Creates all the rows in one transaction, all or none; ids in order. */
    List<UUID> createAll(Entity entity, List<RowValues> rows, boolean batch, HttpServletRequest request) {
        return api.current().writes().create(entity, rows, caller.id(request), Access.ALL, batch);
    }

    /** Updates the row if it is still at {@code version}; throws a STALE {@link QueryException} when it is not. */
    void update(Entity entity, UUID id, int version, JsonNode body, List<FieldError> unreadable,
                HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        RowValues values = check(entity, body, WriteMode.PATCH, "", errors);
        rejectIfAny(errors);
        api.current().writes().update(entity, id, values, version, caller.id(request), Access.ALL);
    }

    /** Deletes the row if it is still at {@code version}; CONFLICT while other rows reference it. */
    void delete(Entity entity, UUID id, int version) {
        api.current().writes().delete(entity, id, version, Access.ALL);
    }

    private static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "validation", errors.size() == 1
                    ? errors.get(0).message() : errors.size() + " values break the model's rules", errors);
        }
    }
}

package dev.plinth.api;

import dev.plinth.model.Entity;
import dev.plinth.query.FilterFactory;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.Shown;
import dev.plinth.query.read.CursorCodec;
import dev.plinth.query.read.ReadPlanner;
import dev.plinth.query.read.ReadQueries;
import dev.plinth.query.write.RowValidator;
import dev.plinth.query.write.Writes;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import org.jooq.DSLContext;

/**
 * The query stages for the model being served, rebuilt when a new model version is applied, so the API changes at
 * once without a restart.
 */
public final class ApiModel {

    /**
     * The stages for one model version.
     *
     * @param version the applied model version
     */
    public record Snapshot(int version, ModelIndex index, ReadPlanner planner, ReadQueries queries, Writes writes,
                           RowValidator validator) {

        /** The entity named in the path, or a 404. */
        public Entity entity(String name) {
            return index.entity(name).orElseThrow(() -> new QueryException(QueryException.Kind.NOT_FOUND,
                    "entity.not-found", "there is no entity '" + Shown.shortened(name)
                    + "' in this API"));
        }
    }

    private final ActiveModel active;
    private final DSLContext db;
    private final CursorCodec cursors;
    private final FilterFactory filters;
    private volatile Snapshot snapshot;

    public ApiModel(ActiveModel active, DSLContext db, CursorCodec cursors, FilterFactory filters) {
        this.active = active;
        this.db = db;
        this.cursors = cursors;
        this.filters = filters;
    }

    public Snapshot current() {
        AppliedModel model = active.current();
        Snapshot current = snapshot;
        if (current == null || current.version() != model.version()) {
            ModelIndex index = new ModelIndex(model.model());
            current = new Snapshot(model.version(), index, new ReadPlanner(index, filters, cursors),
                    new ReadQueries(db, cursors), new Writes(db, index), new RowValidator(index));
            snapshot = current;
        }
        return current;
    }
}

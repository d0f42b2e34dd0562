package dev.plinth.admin.history;

import dev.plinth.model.Model;
import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.SchemaEngine;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The applied model versions, read from the database; version 0 stands for the empty database before the first. */
@Component
class Versions {

    private final SchemaEngine engine;

    Versions(SchemaEngine engine) {
        this.engine = engine;
    }

    /** Every applied version, newest first. */
    List<AppliedModel> all() {
        return engine.store().history();
    }

    int newest() {
        return engine.store().currentVersion();
    }

    Optional<AppliedModel> version(int version) {
        return version < 1 ? Optional.empty() : engine.store().version(version);
    }

    /** The model of a version; version 0 is the empty model. */
    Optional<Model> model(int version) {
        return version == 0 ? Optional.of(Model.empty()) : version(version).map(AppliedModel::model);
    }
}

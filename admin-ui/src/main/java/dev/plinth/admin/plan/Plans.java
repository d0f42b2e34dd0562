package dev.plinth.admin.plan;

import dev.plinth.admin.Draft;
import dev.plinth.admin.ModelEditor;
import dev.plinth.admin.history.ModelDiff;
import dev.plinth.model.Model;
import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Plans a draft against the applied model, or says why it cannot: it is stale, or the engine could not plan it. */
@Component
class Plans {

    private static final Logger log = LoggerFactory.getLogger(Plans.class);
    private static final String ENTITY_PAGES = "/admin/entities/";

    private final ModelEditor editor;

    Plans(ModelEditor editor) {
        this.editor = editor;
    }

    PlanView view(Draft draft) {
        AppliedModel applied = editor.applied();
        if (draft.baseVersion() != applied.version()) {
            return new PlanView(draft, applied.version(), true, null, null, null);
        }
        ModelDiff files = ModelDiff.between(applied.model(), draft.model());
        try {
            Plan plan = editor.plan(draft.model()).plan();
            return new PlanView(draft, applied.version(), false, plan, null, files);
        } catch (RuntimeException e) {
            log.warn("Could not plan the draft '{}'", draft.description(), e);
            return new PlanView(draft, applied.version(), false, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), files);
        }
    }

    /**
     * Where to go once a draft is applied or discarded: its own page, unless that page is of an entity the applied
     * model does not have (a new entity discarded, a deleted one applied); then the entity list.
     */
    String returnTo(Draft draft) {
        String path = draft.returnTo();
        if (path == null || !path.startsWith("/admin")) {
            return "/admin/entities";
        }
        if (path.startsWith(ENTITY_PAGES)) {
            String entity = path.substring(ENTITY_PAGES.length()).split("/")[0];
            Model applied = editor.applied().model();
            if (applied.entity(entity).isEmpty()) {
                return "/admin/entities";
            }
        }
        return path;
    }
}

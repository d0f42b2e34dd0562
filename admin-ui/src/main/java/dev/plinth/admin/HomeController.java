package dev.plinth.admin;

import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.SchemaEngine;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the model's entities with their row counts, the last model changes, the API links. */
@Controller
class HomeController {

    /** How many applied versions the home page lists. */
    static final int RECENT_CHANGES = 5;

    private final ModelEditor editor;
    private final RowCounts counts;
    private final SchemaEngine engine;

    HomeController(ModelEditor editor, RowCounts counts, SchemaEngine engine) {
        this.editor = editor;
        this.counts = counts;
        this.engine = engine;
    }

    /** One line of the entity table. */
    record EntityLine(String name, String label, long rows, int fields) {
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Model model) {
        AppliedModel applied = editor.applied();
        List<EntityLine> entities = applied.model().entities().stream()
                .map(e -> new EntityLine(e.name(), e.displayName(), counts.of(e), e.fields().size()))
                .toList();
        model.addAttribute("section", "home");
        model.addAttribute("version", applied.version());
        model.addAttribute("appliedAt", applied.appliedAt());
        model.addAttribute("appliedBy", applied.appliedBy());
        model.addAttribute("modelFolder", editor.folder());
        model.addAttribute("entities", entities);
        model.addAttribute("history", engine.store().history().stream().limit(RECENT_CHANGES).toList());
        return "admin/home";
    }

}

package dev.plinth.admin.history;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Model;
import dev.plinth.model.SchemaRefs;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The model history: every applied version, one version, a diff between two, and the current model as a zip. */
@Controller
class HistoryController {

    /** Versions listed on one page of the history. */
    static final int PAGE_SIZE = 50;
    private static final String NOT_FOUND_VIEW = "admin/designer/problem";

    private final ModelEditor editor;
    private final Versions versions;

    HistoryController(ModelEditor editor, Versions versions) {
        this.editor = editor;
        this.versions = versions;
    }

    @GetMapping("/admin/history")
    String list(@RequestParam(defaultValue = "1") int page, org.springframework.ui.Model view) {
        List<AppliedModel> all = versions.all();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        view.addAttribute("section", "history");
        view.addAttribute("versions", all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE)));
        view.addAttribute("numbers", all.stream().map(AppliedModel::version).toList());
        view.addAttribute("page", shown);
        view.addAttribute("pages", pages);
        return "admin/history/list";
    }

    @GetMapping("/admin/history/{version:[0-9]+}")
    String version(@PathVariable int version, org.springframework.ui.Model view, HttpServletResponse response) {
        Optional<AppliedModel> applied = versions.version(version);
        if (applied.isEmpty()) {
            return notFound(view, response, "There is no model version " + version + ".");
        }
        view.addAttribute("section", "history");
        view.addAttribute("applied", applied.get());
        view.addAttribute("newest", versions.newest());
        view.addAttribute("files", ModelFiles.of(applied.get().model(), null));
        return "admin/history/version";
    }

    @GetMapping("/admin/history/diff")
    String diff(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                org.springframework.ui.Model view, HttpServletResponse response) {
        int newest = versions.newest();
        int target = to == null ? newest : to;
        int source = from == null ? Math.max(0, target - 1) : from;
        Optional<Model> before = versions.model(source);
        Optional<Model> after = versions.model(target);
        if (before.isEmpty() || after.isEmpty()) {
            return notFound(view, response, "There is no model version " + (before.isEmpty() ? source : target)
                    + "; the newest is " + newest + ".");
        }
        view.addAttribute("section", "history");
        view.addAttribute("from", source);
        view.addAttribute("to", target);
        view.addAttribute("numbers", versions.all().stream().map(AppliedModel::version).toList());
        view.addAttribute("diff", ModelDiff.between(before.get(), after.get()));
        return "admin/history/diff";
    }

    @GetMapping("/admin/history/export.zip")
    ResponseEntity<byte[]> export() {
        AppliedModel current = editor.applied();
        SchemaRefs refs = editor.folder() == null ? SchemaRefs.PUBLISHED : SchemaRefs.of(editor.folder());
        byte[] zip = ModelZip.of(ModelFiles.of(current.model(), refs));
        String name = current.model().name().replaceAll("[^A-Za-z0-9_-]", "_") + "-model-v" + current.version() + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(zip);
    }

    private static String notFound(org.springframework.ui.Model view, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        view.addAttribute("section", "history");
        view.addAttribute("title", "Not found");
        view.addAttribute("message", message);
        return NOT_FOUND_VIEW;
    }
}

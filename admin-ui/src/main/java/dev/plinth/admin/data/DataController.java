package dev.plinth.admin.data;

import dev.plinth.admin.RowCounts;
import dev.plinth.api.ApiModel;
import dev.plinth.model.Entity;
import dev.plinth.query.QueryException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The entities to browse, the data table of one entity, and the rows a reference picker offers. */
@Controller
@RequestMapping("/admin/data")
class DataController {

    /** The most characters of a picker's search text used. */
    static final int MAX_SEARCH = 200;

    private final RowPages pages;
    private final RowCounts counts;

    DataController(RowPages pages, RowCounts counts) {
        this.pages = pages;
        this.counts = counts;
    }

    /** One line of the entity list. */
    record EntityLine(String name, String label, String description, long rows) {
    }

    @GetMapping({"", "/"})
    String entities(Model model) {
        List<EntityLine> entities = pages.snapshot().index().entities().stream()
                .map(e -> new EntityLine(e.name(), e.displayName(), e.description(), counts.of(e))).toList();
        model.addAttribute("section", "data");
        model.addAttribute("entities", entities);
        return "admin/data/entities";
    }

    @GetMapping("/{entity}")
    String browse(@PathVariable String entity, @RequestParam MultiValueMap<String, String> parameters, Model model) {
        ApiModel.Snapshot api = pages.snapshot();
        Entity target = api.entity(entity);
        BrowseQuery query = BrowseQuery.from(parameters);
        BrowsePage page = null;
        String filter = null;
        try {
            filter = query.filter(api.index(), target);
            page = pages.page(target, query, filter);
        } catch (QueryException e) {
            model.addAttribute("problem", Problems.sentence(e.getMessage()));
            model.addAttribute("problemDetails", Problems.details(e));
        }
        model.addAttribute("section", "data");
        model.addAttribute("entity", target);
        model.addAttribute("query", query);
        model.addAttribute("filterText", filter);
        model.addAttribute("page", page);
        model.addAttribute("view", BrowseView.of(api.index(), target, query, page));
        model.addAttribute("sizes", BrowseQuery.SIZES);
        return "admin/data/browse";
    }

    /** The rows of {@code entity} whose label contains {@code q}, as JSON {@code [{id, label}]}, for pickers. */
    @GetMapping(value = "/{entity}/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<RowPages.Option>> options(@PathVariable String entity,
                                                  @RequestParam(defaultValue = "") String q) {
        Entity target = pages.snapshot().index().target(entity).orElse(null);
        if (target == null) {
            return ResponseEntity.notFound().build();
        }
        try {
            return ResponseEntity.ok(pages.options(target, q.length() > MAX_SEARCH ? q.substring(0, MAX_SEARCH) : q, RowPages.OPTIONS));
        } catch (QueryException e) {
            return ResponseEntity.ok(List.of());
        }
    }
}

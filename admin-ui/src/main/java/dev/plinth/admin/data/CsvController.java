package dev.plinth.admin.data;

import dev.plinth.api.ApiModel;
import dev.plinth.model.Entity;
import dev.plinth.query.QueryException;
import dev.plinth.query.read.ReadPlan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** CSV export of the current view of an entity's rows, and CSV import of new rows. */
@Controller
@RequestMapping("/admin/data/{entity}")
class CsvController {

    private final ApiModel api;
    private final CsvExport export;
    private final CsvImport importer;

    CsvController(ApiModel api, CsvExport export, CsvImport importer) {
        this.api = api;
        this.export = export;
        this.importer = importer;
    }

    /**
     * Every row the view's filter, search and sort select, as CSV. A view the engine refuses goes back to the data
     * table, which says why.
     */
    @GetMapping("/export.csv")
    void export(@PathVariable String entity, @RequestParam MultiValueMap<String, String> parameters,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiModel.Snapshot snapshot = api.current();
        Entity target = snapshot.entity(entity);
        BrowseQuery query = BrowseQuery.from(parameters);
        String filter;
        ReadPlan first;
        try {
            filter = query.filter(snapshot.index(), target);
            first = export.plan(target, query, filter);
        } catch (QueryException e) {
            response.sendRedirect(request.getContextPath() + query.url("/admin/data/" + target.name()));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(target.name() + ".csv").build().toString());
        Writer out = response.getWriter();
        out.write(CsvWriter.BOM);
        export.write(target, query, filter, first, out);
    }

    @GetMapping("/import")
    String importPage(@PathVariable String entity, Model model) {
        return page(model, api.current().entity(entity), null);
    }

    @PostMapping("/import")
    String importRows(@PathVariable String entity, @RequestParam(value = "file", required = false) MultipartFile file,
                      Model model, HttpServletRequest request, HttpServletResponse response,
                      RedirectAttributes redirect) throws IOException {
        Entity target = api.current().entity(entity);
        ImportReport report;
        if (file == null || file.isEmpty()) {
            report = ImportReport.failed("Choose a CSV file to import.");
        } else {
            try (InputStream in = file.getInputStream()) {
                report = importer.run(target, in, request);
            }
        }
        if (report.succeeded()) {
            redirect.addFlashAttribute("flash", "Imported " + report.created() + " "
                    + (report.created() == 1 ? "row" : "rows") + " into " + target.displayName() + "."
                    + (report.ignored().isEmpty() ? "" : " Ignored the columns Plinth sets itself: "
                    + String.join(", ", report.ignored()) + "."));
            return "redirect:/admin/data/" + target.name();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(model, target, report);
    }

    private static String page(Model model, Entity target, ImportReport report) {
        model.addAttribute("section", "data");
        model.addAttribute("entity", target);
        model.addAttribute("report", report);
        model.addAttribute("maxRows", CsvImport.MAX_ROWS);
        return "admin/data/import";
    }
}

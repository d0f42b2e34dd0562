package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.admin.data.ImportReport.RowError;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.SystemFields;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteMode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Imports rows from CSV, all or nothing: the header names the fields (by name, or by label ignoring case); every row
 * is read and checked by the engine's validator first, and only when every row passes are they created, in one
 * transaction. Empty cells are empty values (a field's default applies). Columns Plinth sets itself, such as
 * {@code id} and {@code createdAt}, are ignored, so an export imports back.
 */
@Component
class CsvImport {

    /** The most rows one import creates: the engine's largest batch. */
    static final int MAX_ROWS = QueryLimits.MAX_BATCH_SIZE;
    /** The largest file read. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern BATCH_FIELD = Pattern.compile("\\[(\\d+)]\\.(.*)");

    private final RowWrites writes;

    CsvImport(RowWrites writes) {
        this.writes = writes;
    }

    ImportReport run(Entity entity, InputStream in, HttpServletRequest request) throws IOException {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(in, MAX_BYTES, MAX_ROWS + 1);
        } catch (CsvReader.CsvException e) {
            return ImportReport.failed(e.getMessage());
        }
        if (records.size() < 2) {
            return ImportReport.failed(records.isEmpty() ? "The file is empty."
                    : "The file has a header but no rows to import.");
        }
        List<String> problems = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<Field> columns = columns(entity, records.get(0).cells(), problems, ignored);
        if (!problems.isEmpty()) {
            return new ImportReport(0, problems, List.of(), ignored);
        }
        List<RowError> errors = new ArrayList<>();
        List<RowValues> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            List<FieldError> rowErrors = new ArrayList<>();
            ObjectNode body = body(columns, record, rowErrors);
            if (rowErrors.isEmpty() || !rowErrors.get(0).code().equals("cells")) {
                rows.add(writes.check(entity, body, WriteMode.CREATE, "", rowErrors));
            }
            lines.add(record.line());
            duplicates(entity, body, record.line(), firstLines, rowErrors);
            rowErrors.forEach(e -> errors.add(new RowError(record.line(), e.field(), Problems.sentence(e.message()))));
        }
        if (!errors.isEmpty()) {
            return new ImportReport(0, List.of(), errors, ignored);
        }
        try {
            return new ImportReport(writes.createAll(entity, rows, true, request).size(), List.of(), List.of(), ignored);
        } catch (QueryException e) {
            return refused(e, lines, ignored);
        }
    }

    /** The field of each column, {@code null} for one that is ignored; a column no field matches is a problem. */
    private static List<Field> columns(Entity entity, List<String> header, List<String> problems, List<String> ignored) {
        List<Field> columns = new ArrayList<>();
        Set<Field> seen = new HashSet<>();
        for (String cell : header) {
            String name = cell.strip();
            Optional<Field> field = entity.field(name).or(() -> entity.fields().stream()
                    .filter(f -> f.label() != null && f.label().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst());
            if (field.isEmpty() && SystemFields.byName(name).isPresent()) {
                ignored.add(name);
            } else if (field.isEmpty()) {
                problems.add(name.isEmpty() ? "A column has no name in the header."
                        : "The column '" + Labels.shorten(name, 60) + "' is not a field of " + entity.displayName()
                        + ". Its fields are: " + entity.fields().stream().map(Field::name)
                        .collect(Collectors.joining(", ")) + ".");
            } else if (!seen.add(field.get())) {
                problems.add("The column '" + Labels.shorten(name, 60) + "' appears twice.");
            }
            columns.add(field.orElse(null));
        }
        return columns;
    }

    private static ObjectNode body(List<Field> columns, CsvReader.Record record, List<FieldError> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (record.cells().size() != columns.size()) {
            errors.add(new FieldError("", "cells", "the row has " + record.cells().size() + " cells but the header has "
                    + columns.size() + " columns"));
            return body;
        }
        for (int i = 0; i < columns.size(); i++) {
            Field field = columns.get(i);
            String cell = record.cells().get(i);
            if (field == null || cell.isBlank()) {
                continue;
            }
            try {
                body.set(field.name(), FieldText.read(field, cell));
            } catch (FieldText.Unreadable e) {
                errors.add(new FieldError(field.name(), e.code(), e.getMessage()));
            }
        }
        return body;
    }

    /** A value of a unique field that an earlier row of the file holds too. */
    private static void duplicates(Entity entity, ObjectNode body, int line, Map<String, Integer> firstLines,
                                   List<FieldError> errors) {
        for (Field field : entity.fields()) {
            if (field.unique() && body.hasNonNull(field.name())) {
                Integer first = firstLines.putIfAbsent(field.name() + "\u0000" + body.get(field.name()), line);
                if (first != null) {
                    errors.add(new FieldError(field.name(), "unique", field.name() + " must be unique, and row "
                            + first + " has the same value"));
                }
            }
        }
    }

    /** The database refused the batch: each error named by row, or the refusal as a whole. */
    private static ImportReport refused(QueryException e, List<Integer> lines, List<String> ignored) {
        List<RowError> errors = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Matcher at = BATCH_FIELD.matcher(error.field());
            if (at.matches() && Integer.parseInt(at.group(1)) < lines.size()) {
                errors.add(new RowError(lines.get(Integer.parseInt(at.group(1))), at.group(2),
                        Problems.sentence(error.message())));
            }
        }
        List<String> problems = errors.isEmpty() ? List.of(Problems.sentence(e.getMessage())) : List.of();
        return new ImportReport(0, problems, errors, ignored);
    }
}

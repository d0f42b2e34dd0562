package dev.plinth.admin.data;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma separated, CRLF line ends, a field in double quotes when it holds a comma, a
 * quote, a line break or surrounding spaces, a quote inside doubled.
 */
final class CsvWriter {

    /** The byte order mark, so that spreadsheets read the file as UTF-8. */
    static final String BOM = "\uFEFF";

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        boolean quoted = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1));
        return quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}

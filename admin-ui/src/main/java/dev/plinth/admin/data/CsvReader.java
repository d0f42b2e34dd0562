package dev.plinth.admin.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it, and as spreadsheets save it: UTF-8 with or without a byte order mark, comma
 * separated, fields in double quotes when they hold commas, quotes or line breaks (a doubled quote inside stands for
 * one), lines ending in CRLF or LF. Blank lines are skipped. Fails with the line of the first problem.
 */
final class CsvReader {

    /** One record and the line of the file it starts on (1-based). */
    record Record(int line, List<String> cells) {
    }

    /** A file that is not CSV Plinth can read; the message names the line. */
    static final class CsvException extends Exception {
        CsvException(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private int at;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every record of {@code in}, the header included; at most {@code maxRecords}. */
    static List<Record> read(InputStream in, int maxBytes, int maxRecords) throws IOException, CsvException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new CsvException("The file is larger than " + maxBytes / 1024 + " KB.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException("The file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\".");
        }
        return parse(text, maxRecords);
    }

    /** Every record of {@code text}, at most {@code maxRecords}. */
    static List<Record> parse(String text, int maxRecords) throws CsvException {
        CsvReader reader = new CsvReader(text);
        List<Record> records = new ArrayList<>();
        while (reader.at < reader.text.length()) {
            int start = reader.line;
            List<String> cells = reader.record();
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (records.size() == maxRecords) {
                throw new CsvException("The file has more than " + maxRecords + " lines; split it into smaller files.");
            }
            records.add(new Record(start, cells));
        }
        return records;
    }

    /** The cells up to the end of the record, consuming its line break. */
    private List<String> record() throws CsvException {
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(at < text.length() && text.charAt(at) == '"' ? quoted() : plain());
            if (at >= text.length()) {
                return cells;
            }
            char c = text.charAt(at);
            if (c == ',') {
                at++;
            } else {
                at += c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
                line++;
                return cells;
            }
        }
    }

    private String plain() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted() throws CsvException {
        int startLine = line;
        StringBuilder cell = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new CsvException("Line " + startLine + ": a quoted field is never closed; check for a missing"
                        + " double quote (\").");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    cell.append('"');
                    at++;
                    continue;
                }
                if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                    throw new CsvException("Line " + line + ": a quoted field is followed by text; a double quote"
                            + " inside a quoted field is written twice (\"\").");
                }
                return cell.toString();
            }
            if (c == '\n' || c == '\r' && !(at < text.length() && text.charAt(at) == '\n')) {
                line++;
            }
            cell.append(c);
        }
    }
}

package dev.plinth.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading and writing model files. Plinth writes JSON one way only: 2-space indentation, one value a line,
 * {@code "key": value}, a final newline. Files in that form round-trip byte for byte.
 */
public final class JsonFiles {

    /**
     * Rejects duplicate keys and anything after the value, and reads numbers exactly, as written: {@code 100.00}
     * stays {@code 100.00} (Jackson would otherwise strip the zeros into {@code 1E+2}, which is then how the number
     * is written back).
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final ObjectWriter WRITER = MAPPER.writer(canonicalPrinter());

    private JsonFiles() {
    }

    private static DefaultPrettyPrinter canonicalPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** The canonical text of a JSON tree. */
    public static String format(JsonNode json) {
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Writes {@code json} in canonical form, only when the file's text would change. */
    public static boolean write(Path file, JsonNode json) throws IOException {
        String text = format(json);
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /**
     * Parses JSON text, or throws with a message that names the line and column in plain words. A byte order
     * mark, which some Windows editors put at the start of a file, is skipped.
     */
    public static JsonNode parse(String text) throws InvalidJsonException {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidJsonException("the file is empty; it should hold a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidJsonException("is not valid JSON: " + JsonSyntax.explain(e));
        }
    }

    /** JSON text that could not be parsed. */
    public static final class InvalidJsonException extends Exception {
        public InvalidJsonException(String message) {
            super(message);
        }
    }
}

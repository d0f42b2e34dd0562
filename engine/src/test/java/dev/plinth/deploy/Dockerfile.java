package dev.plinth.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile's instructions, read as Docker reads them: comments dropped, lines continued with a backslash joined.
 *
 * @param instructions every instruction, in order
 */
record Dockerfile(List<Instruction> instructions) {

    /** One instruction: its keyword in capitals, and the rest of it. */
    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            current.setLength(0);
        }
        return new Dockerfile(instructions);
    }

    /** The instructions of the last stage: those the image that runs is made of. */
    List<Instruction> runtimeStage() {
        int from = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                from = i;
            }
        }
        return instructions.subList(from, instructions.size());
    }

    /** The last instruction with this keyword in the runtime stage. */
    Optional<String> last(String keyword) {
        return runtimeStage().stream().filter(i -> i.keyword().equals(keyword)).reduce((a, b) -> b)
                .map(Instruction::arguments);
    }

    /** The exec form of an instruction's command, {@code ["java", "-jar", ...]}, as a list. */
    static List<String> execForm(String json) {
        try {
            return Arrays.asList(new ObjectMapper().readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an exec form: " + json, e);
        }
    }

    /** The HEALTHCHECK's command, without its options. */
    List<String> healthCheckCommand() {
        String healthCheck = last("HEALTHCHECK").orElseThrow(() -> new AssertionError("the image has no HEALTHCHECK"));
        int command = healthCheck.indexOf("CMD ");
        if (command < 0) {
            throw new AssertionError("the HEALTHCHECK has no CMD: " + healthCheck);
        }
        return execForm(healthCheck.substring(command + "CMD ".length()).strip());
    }

    /** The HEALTHCHECK's options, {@code --interval=15s} and so on, without their dashes. */
    List<String> healthCheckOptions() {
        String healthCheck = last("HEALTHCHECK").orElseThrow();
        return Arrays.stream(healthCheck.substring(0, healthCheck.indexOf("CMD ")).strip().split("\\s+"))
                .map(option -> option.replaceFirst("^--", "")).toList();
    }
}

package dev.plinth.admin.data;

import dev.plinth.query.QueryException;
import java.util.List;

/** The engine's refusals in the words the pages show: sentences, each problem of a refused filter listed. */
final class Problems {

    private Problems() {
    }

    /** {@code message} as a sentence: a capital first letter and a full stop. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something went wrong.";
        }
        String text = message.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    /** The problems behind a refusal, when there are several; otherwise none (the message says it all). */
    static List<String> details(QueryException e) {
        return e.errors().size() < 2 ? List.of() : e.errors().stream().map(error -> sentence(error.message())).toList();
    }
}

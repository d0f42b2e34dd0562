package dev.plinth.admin.designer;

import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.model.SourceMap;
import java.util.List;

/** A problem located by file and JSON pointer, told in words: which entity, field, index or role it is about. */
final class ProblemWords {

    private ProblemWords() {
    }

    /** Each problem in words, in order. */
    static List<String> all(List<Problem> problems, Model model) {
        return problems.stream().map(p -> describe(p, model)).toList();
    }

    static String describe(Problem problem, Model model) {
        String[] at = problem.pointer().split("/");
        String file = problem.file();
        String where;
        if (file.startsWith(SourceMap.ENTITIES_DIR + "/")) {
            String name = baseName(file);
            where = "Entity " + name + part(at, model.entity(name).orElse(null));
        } else if (file.startsWith(SourceMap.ROLES_DIR + "/")) {
            where = "Role " + baseName(file) + (at.length > 2 && at[1].equals("rules") ? ", rule " + number(at[2]) : "");
            return where + ": " + problem.message() + ". Change the role's rules first, or design this differently.";
        } else {
            where = "Model settings";
        }
        return where + ": " + problem.message();
    }

    /** ", field title", ", index 2", ", unique constraint 1" or nothing. */
    private static String part(String[] at, Entity entity) {
        if (at.length < 3) {
            return "";
        }
        return switch (at[1]) {
            case "fields" -> {
                int index = at[2].matches("[0-9]{1,6}") ? Integer.parseInt(at[2]) : -1;
                yield entity != null && index >= 0 && index < entity.fields().size()
                        ? ", field " + entity.fields().get(index).name() : ", field " + number(at[2]);
            }
            case "indexes" -> ", index " + number(at[2]);
            case "uniques" -> ", unique constraint " + number(at[2]);
            default -> "";
        };
    }

    private static String number(String index) {
        try {
            return String.valueOf(Integer.parseInt(index) + 1);
        } catch (NumberFormatException e) {
            return index;
        }
    }

    private static String baseName(String file) {
        String name = file.substring(file.indexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}

package dev.plinth.api;

import dev.plinth.query.QueryException;
import dev.plinth.query.Shown;
import dev.plinth.query.read.ReadParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Checks a request's query parameters: known names only, each at most once. */
final class QueryParameters {

    static final Set<String> LIST = Set.of("filter", "sort", "limit", "offset", "cursor", "fields", "expand", "count");
    static final Set<String> ROW = Set.of("fields", "expand");

    private QueryParameters() {
    }

    static ReadParameters list(Map<String, String[]> parameters) {
        Map<String, String> single = check(parameters, LIST);
        return new ReadParameters(single.get("filter"), single.get("sort"), single.get("limit"), single.get("offset"),
                single.get("cursor"), single.get("fields"), single.get("expand"), single.get("count"));
    }

    static ReadParameters row(Map<String, String[]> parameters) {
        Map<String, String> single = check(parameters, ROW);
        return ReadParameters.ofRow(single.get("fields"), single.get("expand"));
    }

    /** The request's parameters ({@link jakarta.servlet.ServletRequest#getParameterMap()}), one value each. */
    private static Map<String, String> check(Map<String, String[]> parameters, Set<String> allowed) {
        if (parameters.isEmpty()) {
            return Map.of();
        }
        Map<String, String> single = new HashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                String shown = Shown.shortened(name, 40);
                throw QueryException.invalidParameter(shown, "parameter.unknown", "'" + shown + "' is not a parameter"
                        + " here; use " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (parameter.getValue().length > 1) {
                throw QueryException.invalidParameter(name, "parameter.repeated", name + " is given more than once");
            }
            single.put(name, parameter.getValue()[0]);
        }
        return single;
    }
}

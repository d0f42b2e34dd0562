package dev.plinth.admin.data;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person asked the data table for, as the query parameters of {@code /admin/data/{entity}} carry it: page
 * size and page, sort, the builder's conditions ({@code f}, {@code op}, {@code v}, one of each a condition), a filter
 * expression, a search text and the chosen columns. Links to other pages and sorts keep everything else.
 *
 * @param size       rows a page, one of {@link #SIZES}
 * @param page       the page, from 1
 * @param sort       a column name, prefixed with {@code -} for descending; empty for the order rows were created in
 * @param conditions the builder's conditions, each with a field chosen
 * @param expression a filter expression typed by hand
 * @param search     text to look for in the entity's text fields
 * @param columns    the columns chosen, or empty for the default ones
 */
record BrowseQuery(int size, int page, String sort, List<Condition> conditions, String expression, String search,
                   List<String> columns) {

    /** The page sizes offered. */
    static final List<Integer> SIZES = List.of(25, 50, 100);
    /** Widgets whose values the search box looks through. */
    private static final Set<String> SEARCHED = Set.of("text", "textarea", "email", "url", "select");

    /** One condition of the builder, as sent: a field name, an operator code, a value. */
    record Condition(String field, String operator, String value) {
    }

    BrowseQuery {
        conditions = List.copyOf(conditions);
        columns = List.copyOf(columns);
    }

    static BrowseQuery from(MultiValueMap<String, String> parameters) {
        int size = number(parameters.getFirst("size"), SIZES.get(0));
        List<String> fields = parameters.getOrDefault("f", List.of());
        List<String> operators = parameters.getOrDefault("op", List.of());
        List<String> values = parameters.getOrDefault("v", List.of());
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                conditions.add(new Condition(fields.get(i).strip(), at(operators, i), at(values, i)));
            }
        }
        return new BrowseQuery(SIZES.contains(size) ? size : SIZES.get(0),
                Math.max(1, number(parameters.getFirst("page"), 1)), text(parameters.getFirst("sort")).strip(),
                conditions, text(parameters.getFirst("filter")), text(parameters.getFirst("q")),
                parameters.getOrDefault("col", List.of()).stream().filter(c -> !c.isBlank()).toList());
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static int number(String text, int fallback) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return fallback;
        }
        return Integer.parseInt(text.strip());
    }

    int offset() {
        return (page - 1) * size;
    }

    public boolean filtered() {
        return !conditions.isEmpty() || !expression.isBlank() || !search.isBlank();
    }

    /** The sorted column's name, without the direction. */
    public String sortColumn() {
        return sort.startsWith("-") ? sort.substring(1) : sort;
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    BrowseQuery withPage(int newPage) {
        return new BrowseQuery(size, newPage, sort, conditions, expression, search, columns);
    }

    /** Sorted by {@code column}: ascending first, descending when it already sorts ascending by it. */
    BrowseQuery sortedBy(String column) {
        String next = sort.equals(column) ? "-" + column : column;
        return new BrowseQuery(size, 1, next, conditions, expression, search, columns);
    }

    /**
     * The whole filter in the filter language: each condition, the expression and the search, all of which must
     * hold. Refuses (as the engine refuses a filter) a condition on a field the entity does not have, or with an
     * operator that does not suit the field.
     */
    String filter(ModelIndex index, Entity entity) {
        List<String> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            parts.add(condition(index, entity, condition));
        }
        parts.add(expression.strip());
        if (!search.isBlank()) {
            List<String> searched = entity.fields().stream().filter(f -> SEARCHED.contains(f.type().widget()))
                    .map(f -> f.name()).toList();
            if (searched.isEmpty()) {
                throw refused("search", entity.displayName() + " has no text fields to search; use the filter instead");
            }
            parts.add(FilterText.search(searched, search.strip()));
        }
        return FilterText.and(parts);
    }

    private static String condition(ModelIndex index, Entity entity, Condition condition) {
        Optional<Member> member = index.member(entity, condition.field());
        if (member.isEmpty() || member.get() instanceof Member.ToMany many && !many.isManyToMany()) {
            throw refused("filter", entity.displayName() + " has no field '" + Labels.shorten(condition.field(), 60)
                    + "' to filter by");
        }
        String widget = fieldOf(member.get()).type().widget();
        List<Operator> suiting = Operator.suiting(widget);
        Operator operator = Operator.byCode(condition.operator()).orElse(suiting.get(0));
        if (!suiting.contains(operator)) {
            throw refused("filter", "'" + operator.words() + "' does not suit " + condition.field() + "; choose "
                    + suiting.stream().map(Operator::words).collect(Collectors.joining(", ")));
        }
        return FilterText.condition(condition.field(), widget, operator, condition.value());
    }

    static dev.plinth.model.Field fieldOf(Member member) {
        if (member instanceof Member.Scalar scalar) {
            return scalar.field();
        }
        return member instanceof Member.ToOne one ? one.field() : ((Member.ToMany) member).field();
    }

    private static QueryException refused(String parameter, String message) {
        return QueryException.invalidParameter(parameter, "admin.filter", message);
    }

    /** The query parameters that ask for this view; {@code page} only past the first. */
    MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (size != SIZES.get(0)) {
            parameters.add("size", String.valueOf(size));
        }
        if (!sort.isEmpty()) {
            parameters.add("sort", sort);
        }
        for (Condition condition : conditions) {
            parameters.add("f", condition.field());
            parameters.add("op", condition.operator());
            parameters.add("v", condition.value());
        }
        if (!expression.isBlank()) {
            parameters.add("filter", expression);
        }
        if (!search.isBlank()) {
            parameters.add("q", search);
        }
        columns.forEach(c -> parameters.add("col", c));
        if (page > 1) {
            parameters.add("page", String.valueOf(page));
        }
        return parameters;
    }

    /** The address of this view under {@code path}, such as {@code /admin/data/post}. */
    String url(String path) {
        String query = parameters().entrySet().stream()
                .flatMap(p -> p.getValue().stream().map(v -> encode(p.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

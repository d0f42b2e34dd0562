package dev.plinth.query.filter;

/**
 * One thing wrong with a filter: a stable code, where it is, and a message for the person who wrote it. The codes
 * are part of the API and do not change:
 *
 * <table>
 *   <caption>Filter problem codes</caption>
 *   <tr><th>code</th><th>stage</th><th>meaning</th></tr>
 *   <tr><td>{@code filter.syntax}</td><td>parse</td><td>the text is not a filter: an unclosed quote, a missing
 *       value, an unknown operator such as {@code ==}, a value where a field name belongs</td></tr>
 *   <tr><td>{@code filter.too-long}</td><td>parse</td><td>the filter has more than
 *       {@link FilterLimits#MAX_LENGTH} characters, or one quoted text more than
 *       {@link FilterLimits#MAX_STRING_LENGTH}</td></tr>
 *   <tr><td>{@code filter.too-complex}</td><td>parse</td><td>past {@link FilterLimits#MAX_EXPRESSIONS},
 *       {@link FilterLimits#MAX_DEPTH}, {@link FilterLimits#MAX_IN_VALUES} or
 *       {@link FilterLimits#MAX_PATH_SEGMENTS}</td></tr>
 *   <tr><td>{@code filter.unknown-field}</td><td>check</td><td>a name is not a field or relation of its entity</td></tr>
 *   <tr><td>{@code filter.not-a-relation}</td><td>check</td><td>a path goes on past a field that is not a
 *       relation, as in {@code title.name}</td></tr>
 *   <tr><td>{@code filter.operator}</td><td>check</td><td>the operator does not apply to the field's type, as
 *       {@code ~} on a number or {@code <} on a boolean</td></tr>
 *   <tr><td>{@code filter.value}</td><td>check</td><td>the value is not a value of the field's type, as
 *       {@code 'yesterday'} for a datetime</td></tr>
 *   <tr><td>{@code filter.variable}</td><td>check</td><td>an unknown variable, or one that does not fit the field
 *       it is compared with</td></tr>
 *   <tr><td>{@code filter.not-readable}</td><td>permissions</td><td>the caller's roles may not read a field the
 *       filter names (see {@link CheckedFilter#members()}); not raised by this package</td></tr>
 * </table>
 *
 * @param code     one of the codes above
 * @param position the 1-based column in the filter text the problem points at
 * @param message  what is wrong, naming the field, the rule and the bad value
 */
public record FilterProblem(String code, int position, String message) {

    public static final String SYNTAX = "filter.syntax";
    public static final String TOO_LONG = "filter.too-long";
    public static final String TOO_COMPLEX = "filter.too-complex";
    public static final String UNKNOWN_FIELD = "filter.unknown-field";
    public static final String NOT_A_RELATION = "filter.not-a-relation";
    public static final String OPERATOR = "filter.operator";
    public static final String VALUE = "filter.value";
    public static final String VARIABLE = "filter.variable";
    public static final String NOT_READABLE = "filter.not-readable";

    @Override
    public String toString() {
        return "column " + position + ": " + message + " (" + code + ")";
    }
}

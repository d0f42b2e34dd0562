package dev.plinth.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for names and ids in a model, and how names become table and column names. Identifiers reach SQL
 * only after passing these rules.
 */
public final class Names {

    /** Longest entity or field name, leaving room for the suffixes of derived identifiers. */
    public static final int MAX_NAME_LENGTH = 40;
    /** PostgreSQL truncates identifiers longer than this. */
    public static final int MAX_IDENTIFIER_LENGTH = 63;

    public static final Pattern ENTITY_NAME = Pattern.compile("^[a-z][a-z0-9_]*$");
    public static final Pattern FIELD_NAME = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    public static final Pattern ROLE_NAME = Pattern.compile("^[a-z][a-z0-9_-]*$");
    public static final Pattern ID = Pattern.compile("^[a-z0-9]{2,16}$");

    /** The fields Plinth adds to every entity. */
    public static final Set<String> SYSTEM_FIELDS = Set.of("id", "createdAt", "updatedAt", "createdBy", "updatedBy", "version");

    /** Entity names Plinth keeps for itself: its built-in entities and API paths. */
    public static final Set<String> RESERVED_ENTITY_NAMES = Set.of("user", "users", "role", "roles", "docs", "openapi",
            "auth", "admin", "databasechangelog", "databasechangeloglock");

    /** The prefix of Plinth's own tables. */
    public static final String SYSTEM_TABLE_PREFIX = "plinth_";

    /** PostgreSQL's reserved key words, which cannot name a table or column without quoting. */
    public static final Set<String> SQL_RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike",
            "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left",
            "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only",
            "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
            "with");

    private static final Pattern UPPER = Pattern.compile("([A-Z])");

    private Names() {
    }

    /**
     * The edit distance of two names (Levenshtein): the fewest characters to insert, delete or replace to turn one
     * into the other. Names are short, so the plain two-row algorithm will do. Used to suggest the name a person meant.
     */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** {@code publishedAt} becomes {@code published_at}. */
    public static String snake(String camel) {
        return UPPER.matcher(camel).replaceAll("_$1").toLowerCase(Locale.ROOT);
    }
}

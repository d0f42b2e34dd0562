package dev.plinth.api;

import dev.plinth.query.QueryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Row versions as entity tags: {@code ETag: "3"}; {@code If-Match} takes {@code "3"}, {@code W/"3"} or {@code *}. */
final class ETags {

    private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*$");

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header asks for, or {@code null} when it asks for none ({@code *} or absent). */
    static Integer expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw QueryException.invalidParameter("If-Match", "header.if-match", "If-Match must be the ETag of the row,"
                    + " such as \"3\"");
        }
        return Integer.parseInt(matcher.group(1));
    }
}

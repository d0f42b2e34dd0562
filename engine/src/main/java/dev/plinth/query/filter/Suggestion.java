package dev.plinth.query.filter;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** A known name close to a mistyped one, for "did you mean" hints. */
final class Suggestion {

    /** The most single-character edits between a mistyped name and a name suggested for it. */
    private static final int MAX_EDITS = 2;

    private Suggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String name : known) {
            int distance = distance(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance < name.length()) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Levenshtein distance; names are short, so the plain two-row algorithm will do. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return MAX_EDITS + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

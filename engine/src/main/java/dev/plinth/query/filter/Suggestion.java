package dev.plinth.query.filter;

import dev.plinth.model.Names;
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

    /** The edit distance, or more than {@link #MAX_EDITS} at once when the lengths alone differ by more. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return MAX_EDITS + 1;
        }
        return Names.editDistance(a, b);
    }
}

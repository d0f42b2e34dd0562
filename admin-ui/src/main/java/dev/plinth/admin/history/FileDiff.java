package dev.plinth.admin.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference in one model file between two versions, cut into hunks: the changed lines with a few unchanged
 * ones around them, and how many unchanged lines were skipped before each hunk.
 *
 * @param path    the file, such as {@code entities/post.json}
 * @param status  whether the file was added, removed or changed
 * @param hunks   the changed parts, in order
 * @param added   how many lines were added
 * @param removed how many lines were removed
 */
public record FileDiff(String path, Status status, List<Hunk> hunks, int added, int removed) {

    /** Unchanged lines shown around each change. */
    static final int CONTEXT = 3;

    public enum Status { ADDED, REMOVED, CHANGED }

    /**
     * @param skipped unchanged lines left out before this hunk
     * @param lines   the hunk's lines
     */
    public record Hunk(int skipped, List<LineDiff.Line> lines) {
    }

    static FileDiff of(String path, String before, String after) {
        Status status = before == null ? Status.ADDED : after == null ? Status.REMOVED : Status.CHANGED;
        List<LineDiff.Line> lines = LineDiff.diff(lines(before), lines(after));
        int added = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).count();
        return new FileDiff(path, status, hunks(lines), added, removed);
    }

    private static List<Hunk> hunks(List<LineDiff.Line> lines) {
        boolean[] shown = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != LineDiff.Kind.SAME) {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(lines.size() - 1, i + CONTEXT); k++) {
                    shown[k] = true;
                }
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        int skipped = 0;
        List<LineDiff.Line> current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!shown[i]) {
                if (current != null) {
                    hunks.add(new Hunk(skipped, current));
                    current = null;
                    skipped = 0;
                }
                skipped++;
            } else {
                if (current == null) {
                    current = new ArrayList<>();
                }
                current.add(lines.get(i));
            }
        }
        if (current != null) {
            hunks.add(new Hunk(skipped, current));
        }
        return hunks;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}

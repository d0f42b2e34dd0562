package dev.plinth.admin.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: the lines both texts share stay, the rest are removed from the first or
 * added in the second. Common leading and trailing lines are matched first, so a small change in a large file costs
 * little; a middle part too large to compare line by line is shown as removed, then added.
 */
final class LineDiff {

    /** The most cells of the comparison table; 2,000 changed lines against 2,000. */
    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    /** What a line of the diff is. */
    public enum Kind { SAME, REMOVED, ADDED }

    /**
     * One line of the diff.
     *
     * @param before its number in the first text, from 1, or 0 when added
     * @param after  its number in the second text, from 1, or 0 when removed
     */
    public record Line(Kind kind, String text, int before, int after) {
    }

    static List<Line> diff(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Kind.SAME, before.get(i), i + 1, i + 1));
        }
        middle(before.subList(start, endBefore), after.subList(start, endAfter), start, lines);
        for (int i = endBefore, j = endAfter; i < before.size(); i++, j++) {
            lines.add(new Line(Kind.SAME, before.get(i), i + 1, j + 1));
        }
        return lines;
    }

    /** Diffs the differing middle parts; {@code offset} lines precede both. */
    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Line(Kind.REMOVED, a.get(i), offset + i + 1, 0));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Line(Kind.ADDED, b.get(j), 0, offset + j + 1));
            }
            return;
        }
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, a.get(i), offset + i + 1, 0));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, b.get(j), 0, offset + j + 1));
                j++;
            }
        }
    }
}

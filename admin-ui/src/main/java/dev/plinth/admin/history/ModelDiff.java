package dev.plinth.admin.history;

import dev.plinth.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The difference between two models, file by file, as {@code git diff} would show it between two commits of the
 * model folder. The plan page shows one too: how a draft would change the files.
 *
 * @param files     the files that differ, in folder order
 * @param unchanged how many files are the same in both
 */
public record ModelDiff(List<FileDiff> files, int unchanged) {

    public static ModelDiff between(Model from, Model to) {
        Map<String, String> before = ModelFiles.of(from, null);
        Map<String, String> after = ModelFiles.of(to, null);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FileDiff> files = new ArrayList<>();
        int unchanged = 0;
        for (String path : paths.stream().sorted(ModelDiff::folderOrder).toList()) {
            String a = before.get(path);
            String b = after.get(path);
            if (a != null && a.equals(b)) {
                unchanged++;
            } else {
                files.add(FileDiff.of(path, a, b));
            }
        }
        return new ModelDiff(files, unchanged);
    }

    /** {@code plinth.json} first, then the entities, then the roles, each by name. */
    private static int folderOrder(String a, String b) {
        int byFolder = Integer.compare(rank(a), rank(b));
        return byFolder != 0 ? byFolder : a.compareTo(b);
    }

    private static int rank(String path) {
        return path.startsWith("entities/") ? 1 : path.startsWith("roles/") ? 2 : 0;
    }
}

package dev.plinth.query.read;

import dev.plinth.query.Member;
import java.util.List;

/**
 * One key of a sort: a path of to-one relations ending at a scalar or reference member, and its direction.
 *
 * @param path       the relations walked, then the member sorted by
 * @param descending whether larger values come first
 */
public record SortKey(List<Member> path, boolean descending) {

    public SortKey {
        path = List.copyOf(path);
    }

    public Member member() {
        return path.get(path.size() - 1);
    }

    /** The key as written in {@code sort}: {@code -author.name}. */
    public String text() {
        return (descending ? "-" : "") + String.join(".", path.stream().map(Member::name).toList());
    }
}

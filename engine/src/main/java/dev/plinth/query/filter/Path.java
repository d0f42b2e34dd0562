package dev.plinth.query.filter;

import java.util.List;

/**
 * A dotted name such as {@code author.company.name}: a member of the root entity, then members of the entities
 * its relations lead to.
 *
 * @param segments the names, at least one
 * @param position the 1-based column of the first name in the filter text
 */
public record Path(List<String> segments, int position) {

    public Path {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one name");
        }
    }

    /** The column of the {@code index}-th name: names are written with single dots and no blanks between them. */
    public int position(int index) {
        int column = position;
        for (int i = 0; i < index; i++) {
            column += segments.get(i).length() + 1;
        }
        return column;
    }

    /** The path as written, for messages. */
    @Override
    public String toString() {
        return String.join(".", segments);
    }
}

package dev.plinth.query.write;

import dev.plinth.query.Member;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checked values of one row to write: column values by member ({@link #DEFAULT} where the column's default
 * applies) and the complete list of linked ids of each many-to-many field written.
 */
public record RowValues(Map<Member, Object> columns, Map<Member.ToMany, List<UUID>> links) {

    /** Stands for "the column's default" in {@link #columns}. */
    public static final Object DEFAULT = new Object() {
        @Override
        public String toString() {
            return "DEFAULT";
        }
    };

    /** These values with {@code presets} set over them (a preset wins over the body). */
    public RowValues withPresets(Map<Member, Object> presets) {
        if (presets.isEmpty()) {
            return this;
        }
        Map<Member, Object> merged = new LinkedHashMap<>(columns);
        merged.putAll(presets);
        return new RowValues(merged, links);
    }

    public RowValues {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }
}

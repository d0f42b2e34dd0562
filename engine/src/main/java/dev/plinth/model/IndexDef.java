package dev.plinth.model;

import java.util.List;

/**
 * An index or a unique constraint over one or more fields, named by field name in the files.
 *
 * @param fields the field names, in index order
 */
public record IndexDef(List<String> fields) {
    public IndexDef {
        fields = List.copyOf(fields);
    }
}

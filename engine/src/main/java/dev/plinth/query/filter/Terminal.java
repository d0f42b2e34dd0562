package dev.plinth.query.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.model.type.Storage;
import dev.plinth.model.type.Uuids;
import dev.plinth.query.Member;
import dev.plinth.schema.SchemaNames;

/**
 * The member a path ends at, as a condition sees it: the type that decides operators and values, and the column
 * compared. A reference compares its own id column; a to-many relation compares the ids of the linked rows.
 *
 * @param path   the path as written, for messages
 * @param member the last member of the path
 * @param type   the field's type; {@link FieldTypes#REFERENCES} for any to-many relation
 * @param column the column compared, on the entity's table, or on the target's table for a to-many relation
 */
record Terminal(Path path, Member member, FieldType type, Resolved.ColumnRef column) {

    static Terminal of(Path path, Member member) {
        if (member instanceof Member.Scalar scalar) {
            Storage storage = scalar.type().column(scalar.field()).orElseThrow().storage();
            return new Terminal(path, member, scalar.type(), new Resolved.ColumnRef(scalar.column(), storage));
        }
        if (member instanceof Member.ToOne one) {
            return new Terminal(path, member, FieldTypes.REFERENCE, new Resolved.ColumnRef(one.column(), Storage.UUID));
        }
        return new Terminal(path, member, FieldTypes.REFERENCES, new Resolved.ColumnRef(SchemaNames.ID, Storage.UUID));
    }

    boolean isToMany() {
        return member instanceof Member.ToMany;
    }

    /** Reads a value written in the filter as the Java value the column holds. */
    Object read(JsonNode json) throws InvalidValueException {
        if (member instanceof Member.ToMany many) {
            return Uuids.read(json, "must be the id of a row in " + many.target().name());
        }
        Field field = member instanceof Member.Scalar scalar ? scalar.field() : ((Member.ToOne) member).field();
        return field.type().read(json, field);
    }

    /** "title, a string field", "author, a reference to author", "tags, a to-many relation to tag". */
    String describe() {
        return path + ", " + kind(member);
    }

    /** What a member is: "a string field", "a reference to author", "a to-many relation to tag". */
    static String kind(Member member) {
        if (member instanceof Member.ToOne one) {
            return "a reference to " + one.target().name();
        }
        if (member instanceof Member.ToMany many) {
            return "a to-many relation to " + many.target().name();
        }
        String type = ((Member.Scalar) member).type().name();
        return ("aeio".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type + " field";
    }
}

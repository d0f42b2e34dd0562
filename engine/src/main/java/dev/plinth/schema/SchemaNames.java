package dev.plinth.schema;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Names;
import dev.plinth.model.type.FieldTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The names of everything a model becomes in PostgreSQL. Tables and columns follow the names people chose;
 * constraints and indexes follow stable ids, so renaming a field or entity never renames them.
 */
public final class SchemaNames {

    public static final String ID = "id";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String CREATED_BY = "created_by";
    public static final String UPDATED_BY = "updated_by";
    public static final String VERSION = "version";
    /** The columns every entity's table has besides its fields'. */
    public static final Set<String> SYSTEM_COLUMNS = Set.of(ID, CREATED_AT, UPDATED_AT, CREATED_BY, UPDATED_BY, VERSION);
    /** The columns of a junction table. */
    public static final String SOURCE_ID = "source_id";
    public static final String TARGET_ID = "target_id";

    private SchemaNames() {
    }

    /** The table of the built-in user entity. */
    public static final String USER_TABLE = "plinth_user";

    public static String table(Entity entity) {
        return table(entity.name());
    }

    /** The table of the entity named {@code entityName}: its name, or Plinth's own table for a built-in entity. */
    public static String table(String entityName) {
        return entityName.equals(dev.plinth.model.BuiltInEntities.USER.name()) ? USER_TABLE : entityName;
    }

    /** The column of a field: {@code publishedAt} is {@code published_at}, a reference {@code author} is {@code author_id}. */
    public static String column(Field field) {
        return Names.snake(field.name()) + (field.type() == FieldTypes.REFERENCE ? "_id" : "");
    }

    /** The column of a field or system field named in an index. */
    public static String column(Entity entity, String fieldName) {
        return entity.field(fieldName).map(SchemaNames::column).orElseGet(() -> Names.snake(fieldName));
    }

    /** The junction table holding the links of a many-to-many field: {@code post_tags}. */
    public static String junction(Entity entity, Field field) {
        return entity.name() + "_" + Names.snake(field.name());
    }

    public static String primaryKey(Entity entity) {
        return "pk_" + entity.id();
    }

    public static String foreignKey(Entity entity, Field field) {
        return "fk_" + entity.id() + "_" + field.id();
    }

    public static String referenceIndex(Entity entity, Field field) {
        return "ix_" + entity.id() + "_" + field.id();
    }

    public static String unique(Entity entity, Field field) {
        return "uq_" + entity.id() + "_" + field.id();
    }

    public static String junctionPrimaryKey(Entity entity, Field field) {
        return "pk_" + entity.id() + "_" + field.id();
    }

    public static String junctionSourceKey(Entity entity, Field field) {
        return "fk_" + entity.id() + "_" + field.id() + "_s";
    }

    public static String junctionTargetKey(Entity entity, Field field) {
        return "fk_" + entity.id() + "_" + field.id() + "_t";
    }

    public static String junctionTargetIndex(Entity entity, Field field) {
        return "ix_" + entity.id() + "_" + field.id() + "_t";
    }

    /** The name of a composite index: its entity's id and a digest of its fields' ids. */
    public static String index(Entity entity, IndexDef index) {
        return "ix_" + entity.id() + "_" + digest(fieldIds(entity, index));
    }

    public static String compositeUnique(Entity entity, IndexDef unique) {
        return "uq_" + entity.id() + "_" + digest(fieldIds(entity, unique));
    }

    /** The stable identity of an index: the ids of its fields, in order (system fields by name). */
    public static List<String> fieldIds(Entity entity, IndexDef index) {
        return index.fields().stream()
                .map(name -> entity.field(name).map(Field::id).orElse("~" + name))
                .toList();
    }

    private static String digest(List<String> ids) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", ids).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.plinth.testing;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Model;
import dev.plinth.model.OnDelete;
import dev.plinth.model.Role;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.util.ArrayList;
import java.util.List;

/** A small fluent fixture for building models in tests without files. */
public final class Models {

    private Models() {
    }

    public static ModelBuilder model(String name) {
        return new ModelBuilder(name);
    }

    public static EntityBuilder entity(String id, String name) {
        return new EntityBuilder(id, name);
    }

    public static Field field(String id, String name, FieldType type) {
        return Field.of(name, type).withId(id);
    }

    public static Field reference(String id, String name, String target, OnDelete onDelete) {
        return Field.of(name, FieldTypes.REFERENCE).withId(id).withTarget(target, onDelete);
    }

    public static Field references(String id, String name, String target) {
        return Field.of(name, FieldTypes.REFERENCES).withId(id).withTarget(target, null);
    }

    /** An enum field allowing {@code values}. */
    public static Field enumeration(String id, String name, String... values) {
        Field f = field(id, name, FieldTypes.ENUM);
        return new Field(f.id(), f.name(), f.type(), null, null, false, false, null, null, null, null, null, null,
                null, null, List.of(values), null, null, null);
    }

    /** A decimal field of {@code precision} digits, {@code scale} of them after the point. */
    public static Field decimal(String id, String name, int precision, int scale) {
        Field f = field(id, name, FieldTypes.DECIMAL);
        return new Field(f.id(), f.name(), f.type(), null, null, false, false, null, null, null, null, null, null,
                precision, scale, null, null, null, null);
    }

    /** A JSON value, for defaults and presets. */
    public static com.fasterxml.jackson.databind.JsonNode json(Object value) {
        return dev.plinth.model.JsonFiles.MAPPER.valueToTree(value);
    }

    public static final class ModelBuilder {
        private final String name;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();

        private ModelBuilder(String name) {
            this.name = name;
        }

        public ModelBuilder with(EntityBuilder entity) {
            entities.add(entity.build());
            return this;
        }

        public ModelBuilder with(Entity entity) {
            entities.add(entity);
            return this;
        }

        public ModelBuilder with(Role role) {
            roles.add(role);
            return this;
        }

        public Model build() {
            return new Model(name, Model.FORMAT_VERSION, null, null, null, entities, roles);
        }
    }

    public static final class EntityBuilder {
        private final String id;
        private final String name;
        private final List<Field> fields = new ArrayList<>();
        private final List<IndexDef> indexes = new ArrayList<>();
        private final List<IndexDef> uniques = new ArrayList<>();

        private EntityBuilder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public EntityBuilder field(Field field) {
            fields.add(field);
            return this;
        }

        public EntityBuilder index(String... fieldNames) {
            indexes.add(new IndexDef(List.of(fieldNames)));
            return this;
        }

        public EntityBuilder unique(String... fieldNames) {
            uniques.add(new IndexDef(List.of(fieldNames)));
            return this;
        }

        public Entity build() {
            return new Entity(id, name, null, null, fields, indexes, uniques);
        }
    }
}

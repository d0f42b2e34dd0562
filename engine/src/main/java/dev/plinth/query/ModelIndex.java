package dev.plinth.query;

import dev.plinth.model.BuiltInEntities;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Model;
import dev.plinth.model.SystemFields;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.schema.SchemaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model, indexed for queries: entities by name and the members of each, system fields and inverse relations
 * included. Built once per applied model version; immutable.
 */
public final class ModelIndex {

    private final Model model;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    /** The model's entities and the built-in ones, which relations may lead to but the API does not serve. */
    private final Map<String, Entity> targets = new LinkedHashMap<>();
    private final Map<String, Map<String, Member>> members = new HashMap<>();

    public ModelIndex(Model model) {
        this.model = model;
        model.entities().forEach(e -> entities.put(e.name(), e));
        BuiltInEntities.ALL.forEach(e -> targets.put(e.name(), e));
        targets.putAll(entities);
        for (Entity entity : targets.values()) {
            Map<String, Member> byName = new LinkedHashMap<>();
            byName.put(SystemFields.ID.name(), new Member.Scalar("id", SystemFields.ID, SchemaNames.ID));
            for (Field field : entity.fields()) {
                byName.put(field.name(), member(entity, field));
            }
            for (Field system : SystemFields.ALL.subList(1, SystemFields.ALL.size())) {
                byName.put(system.name(), new Member.Scalar(system.name(), system, dev.plinth.model.Names.snake(system.name())));
            }
            members.put(entity.name(), byName);
        }
        for (Entity source : model.entities()) {
            for (Field field : source.fields()) {
                if (field.type() == FieldTypes.REFERENCE && field.inverse() != null && members.containsKey(field.target())) {
                    members.get(field.target()).put(field.inverse(), new Member.ToMany(field.inverse(), field, source,
                            null, SchemaNames.column(field)));
                }
            }
        }
    }

    private Member member(Entity entity, Field field) {
        if (field.type() == FieldTypes.REFERENCE) {
            return new Member.ToOne(field.name(), field, SchemaNames.column(field), targets.get(field.target()));
        }
        if (field.type() == FieldTypes.REFERENCES) {
            return new Member.ToMany(field.name(), field, targets.get(field.target()),
                    SchemaNames.junction(entity, field), null);
        }
        return new Member.Scalar(field.name(), field, SchemaNames.column(field));
    }

    public Model model() {
        return model;
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    /** An entity a relation may lead to: one of the model's, or a built-in one such as {@code user}. */
    public Optional<Entity> target(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    /** The model's entities, which the API serves (built-in entities are not among them). */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Member> member(Entity entity, String name) {
        Map<String, Member> byName = members.get(entity.name());
        return byName == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    /** Every member of the entity: id, its fields in order, the other system fields, then inverse relations. */
    public List<Member> members(Entity entity) {
        return new ArrayList<>(members.getOrDefault(entity.name(), Map.of()).values());
    }
}

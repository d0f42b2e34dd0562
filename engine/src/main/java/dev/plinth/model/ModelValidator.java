package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.type.Constraints;
import dev.plinth.model.type.DecimalType;
import dev.plinth.model.type.EmailType;
import dev.plinth.model.type.EnumType;
import dev.plinth.model.type.FieldOption;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.model.type.StringType;
import dev.plinth.model.type.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The semantic rules a model must follow beyond its JSON Schemas: names, ids, options that fit their types,
 * references that point somewhere, indexes and role rules over real fields. Every problem is reported, not
 * just the first.
 */
public final class ModelValidator {

    private final Model model;
    private final SourceMap sources;
    private final Set<String> knownEntities;
    private final Set<String> knownRoles;
    private final List<Problem> problems = new ArrayList<>();
    /** Inverse relation names claimed so far, by target entity, with the field that claimed each. */
    private final Map<String, Map<String, String>> inverses = new HashMap<>();

    private ModelValidator(Model model, SourceMap sources, Set<String> knownEntities, Set<String> knownRoles) {
        this.model = model;
        this.sources = sources;
        this.knownEntities = knownEntities;
        this.knownRoles = knownRoles;
    }

    /** Every semantic problem of {@code model}, located through {@code sources}. */
    public static List<Problem> validate(Model model, SourceMap sources) {
        return validate(model, sources, Set.of(), Set.of());
    }

    /**
     * Like {@link #validate(Model, SourceMap)}, also accepting references to {@code otherEntities} and
     * {@code otherRoles}: entities and roles whose files could not be read, so their names are known but their
     * contents are not.
     */
    public static List<Problem> validate(Model model, SourceMap sources, Set<String> otherEntities,
                                         Set<String> otherRoles) {
        Set<String> entities = new HashSet<>(otherEntities);
        model.entities().forEach(e -> entities.add(e.name()));
        BuiltInEntities.ALL.forEach(e -> entities.add(e.name()));
        Set<String> roles = new HashSet<>(otherRoles);
        model.roles().forEach(r -> roles.add(r.name()));
        ModelValidator validator = new ModelValidator(model, sources, entities, roles);
        validator.checkSettings();
        validator.checkEntities();
        validator.checkRoles();
        return List.copyOf(validator.problems);
    }

    private void report(String file, String pointer, String message) {
        problems.add(new Problem(file, pointer, message));
    }

    // ---- plinth.json ----

    private void checkSettings() {
        if (model.formatVersion() != Model.FORMAT_VERSION) {
            report(sources.settingsFile(), "/formatVersion", "this Plinth reads model format version "
                    + Model.FORMAT_VERSION + ", not " + model.formatVersion());
        }
        String signupRole = model.settings().signupRole();
        if (model.settings().signupEnabled() && signupRole == null) {
            report(sources.settingsFile(), "/settings/signup", "sign-up is enabled, so it needs a role for new users");
        }
        if (signupRole != null && (signupRole.equals(Role.ADMIN)
                || !Role.BUILT_IN.contains(signupRole) && !knownRoles.contains(signupRole))) {
            report(sources.settingsFile(), "/settings/signup/role", signupRole.equals(Role.ADMIN)
                    ? "people who sign themselves up cannot be given the admin role"
                    : "the role '" + signupRole + "' is not defined in roles/");
        }
    }

    // ---- entities ----

    private void checkEntities() {
        Map<String, String> entityIds = new HashMap<>();
        Map<String, String> definedIn = new HashMap<>();
        Map<String, String> tables = new HashMap<>();
        for (int i = 0; i < model.entities().size(); i++) {
            Entity entity = model.entities().get(i);
            String file = sources.entityFiles().get(i);
            if (entity.name() == null) {
                continue;
            }
            String expectedFile = SourceMap.entityFile(entity.name());
            if (file.startsWith(SourceMap.ENTITIES_DIR + "/") && !file.equals(expectedFile)) {
                report(file, "/name", "this file defines the entity '" + entity.name() + "', so it must be named "
                        + expectedFile);
            }
            String firstFile = definedIn.putIfAbsent(entity.name(), file);
            if (firstFile != null) {
                report(file, "/name", "another file, " + firstFile + ", already defines the entity '" + entity.name()
                        + "'");
                continue;
            }
            checkEntityName(file, entity.name());
            checkId(file, "", entity.id(), entityIds, "entity '" + entity.name() + "'");
            claim(tables, entity.name(), file, "/name", "the entity '" + entity.name() + "'");
            checkFields(file, entity, tables);
            checkIndexes(file, entity, "indexes", entity.indexes());
            checkIndexes(file, entity, "uniques", entity.uniques());
        }
    }

    private void claim(Map<String, String> tables, String table, String file, String pointer, String what) {
        String previous = tables.putIfAbsent(table, what);
        if (previous != null) {
            report(file, pointer, what + " needs the table name '" + table + "', which is already taken by " + previous);
        }
    }

    private void checkEntityName(String file, String name) {
        if (!Names.ENTITY_NAME.matcher(name).matches()) {
            report(file, "/name", "'" + name + "' is not a valid entity name: use lowercase letters, digits and"
                    + " underscores, starting with a letter");
        } else if (name.length() > Names.MAX_NAME_LENGTH) {
            report(file, "/name", "'" + name + "' is too long: an entity name has at most "
                    + Names.MAX_NAME_LENGTH + " characters");
        } else if (Names.RESERVED_ENTITY_NAMES.contains(name)) {
            report(file, "/name", "'" + name + "' is kept for Plinth's own tables and pages; choose another name");
        } else if (name.startsWith(Names.SYSTEM_TABLE_PREFIX)) {
            report(file, "/name", "names starting with " + Names.SYSTEM_TABLE_PREFIX + " are kept for Plinth's own"
                    + " tables; choose another name");
        } else if (Names.SQL_RESERVED.contains(name)) {
            report(file, "/name", "'" + name + "' is a word the database reserves, so it cannot name an entity;"
                    + " choose another name");
        }
    }

    private void checkId(String file, String pointer, String id, Map<String, String> seen, String owner) {
        if (id == null) {
            return;
        }
        if (!Names.ID.matcher(id).matches()) {
            report(file, pointer + "/id", "'" + id + "' is not a valid id: use 2 to 16 lowercase letters and digits");
            return;
        }
        String previous = seen.putIfAbsent(id, owner);
        if (previous != null) {
            report(file, pointer + "/id", "the id '" + id + "' is used twice: by " + previous + " and by " + owner
                    + "; every id must be unique");
        }
    }

    private void checkFields(String file, Entity entity, Map<String, String> tables) {
        Map<String, String> fieldIds = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        for (int j = 0; j < entity.fields().size(); j++) {
            Field field = entity.fields().get(j);
            String pointer = "/fields/" + j;
            if (field.name() == null) {
                continue;
            }
            checkId(file, pointer, field.id(), fieldIds, "field '" + field.name() + "'");
            if (!checkFieldName(file, pointer, field.name())) {
                continue;
            }
            if (names.putIfAbsent(field.name(), pointer) != null) {
                report(file, pointer + "/name", "the entity already has a field named '" + field.name() + "'");
                continue;
            }
            if (field.type() == null) {
                continue;
            }
            if (field.type() == FieldTypes.REFERENCES) {
                String junction = entity.name() + "_" + Names.snake(field.name());
                if (junction.length() > Names.MAX_IDENTIFIER_LENGTH) {
                    report(file, pointer + "/name", "the entity and field names together are too long for the"
                            + " link table '" + junction + "'; shorten one of them");
                } else {
                    claim(tables, junction, file, pointer + "/name", "the link table of the field '"
                            + field.name() + "' in the entity '" + entity.name() + "'");
                }
            } else {
                String column = Names.snake(field.name()) + (field.type() == FieldTypes.REFERENCE ? "_id" : "");
                String previous = columns.putIfAbsent(column, field.name());
                if (previous != null) {
                    report(file, pointer + "/name", "the fields '" + previous + "' and '" + field.name()
                            + "' would both be stored in the column '" + column + "'; rename one of them");
                }
            }
            new FieldCheck(file, pointer, field).run();
        }
    }

    private boolean checkFieldName(String file, String pointer, String name) {
        if (!Names.FIELD_NAME.matcher(name).matches()) {
            report(file, pointer + "/name", "'" + name + "' is not a valid field name: use letters and digits in"
                    + " camelCase, starting with a lowercase letter");
        } else if (name.length() > Names.MAX_NAME_LENGTH) {
            report(file, pointer + "/name", "'" + name + "' is too long: a field name has at most "
                    + Names.MAX_NAME_LENGTH + " characters");
        } else if (Names.SYSTEM_FIELDS.contains(name)) {
            report(file, pointer + "/name", "'" + name + "' is a field Plinth adds to every entity; choose another name");
        } else if (Names.SQL_RESERVED.contains(Names.snake(name))) {
            report(file, pointer + "/name", (name.equals(Names.snake(name))
                    ? "'" + name + "' is a word the database reserves"
                    : "'" + name + "' would be stored in the column '" + Names.snake(name) + "', a word the database"
                            + " reserves")
                    + ", so it cannot name a field; choose another name");
        } else {
            return true;
        }
        return false;
    }

    /** The checks of one field's options against its type. */
    private final class FieldCheck {
        private final String file;
        private final String pointer;
        private final Field field;
        private final FieldType type;

        FieldCheck(String file, String pointer, Field field) {
            this.file = file;
            this.pointer = pointer;
            this.field = field;
            this.type = field.type();
        }

        void run() {
            checkOptionsFitType();
            checkLengths();
            checkRange();
            checkDecimal();
            checkPattern();
            checkEnum();
            checkRelation();
            checkDefault();
        }

        private void problem(String option, String message) {
            report(file, pointer + (option.isEmpty() ? "" : "/" + option), message);
        }

        private void checkOptionsFitType() {
            Map<FieldOption, Boolean> set = new java.util.EnumMap<>(FieldOption.class);
            set.put(FieldOption.REQUIRED, field.required());
            set.put(FieldOption.UNIQUE, field.unique());
            set.put(FieldOption.DEFAULT, field.defaultValue() != null);
            set.put(FieldOption.MIN_LENGTH, field.minLength() != null);
            set.put(FieldOption.MAX_LENGTH, field.maxLength() != null);
            set.put(FieldOption.PATTERN, field.pattern() != null);
            set.put(FieldOption.MIN, field.min() != null);
            set.put(FieldOption.MAX, field.max() != null);
            set.put(FieldOption.PRECISION, field.precision() != null);
            set.put(FieldOption.SCALE, field.scale() != null);
            set.put(FieldOption.VALUES, field.values() != null);
            set.put(FieldOption.TARGET, field.target() != null);
            set.put(FieldOption.ON_DELETE, field.onDelete() != null);
            set.put(FieldOption.INVERSE, field.inverse() != null);
            set.forEach((option, isSet) -> {
                if (isSet && !type.options().contains(option)) {
                    problem(option.json(), option.json() + " does not apply to " + withArticle(type.name()) + " field");
                }
            });
        }

        private void checkLengths() {
            Integer min = field.minLength();
            Integer max = field.maxLength();
            if (min != null && max != null && min > max) {
                problem("minLength", "minLength (" + min + ") is greater than maxLength (" + max + ")");
            }
            if (max != null && type == FieldTypes.STRING && max > StringType.LONGEST) {
                problem("maxLength", "a string holds at most " + StringType.LONGEST + " characters; use the text type"
                        + " for longer values");
            }
            if (max != null && type == FieldTypes.EMAIL && max > EmailType.MAX_LENGTH) {
                problem("maxLength", "an email address has at most " + EmailType.MAX_LENGTH + " characters");
            }
        }

        private void checkRange() {
            if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                problem("min", "min (" + field.min().toPlainString() + ") is greater than max ("
                        + field.max().toPlainString() + ")");
            }
        }

        private void checkDecimal() {
            int precision = DecimalType.precision(field);
            int scale = DecimalType.scale(field);
            if (type != FieldTypes.DECIMAL || scale <= precision) {
                return;
            }
            if (field.scale() == null) {
                problem("precision", "precision (" + precision + ") is less than the default scale (" + scale
                        + "): set scale to at most " + precision + ", or raise precision");
            } else {
                problem("scale", "scale (" + scale + ") is greater than " + (field.precision() == null ? "the default " : "")
                        + "precision (" + precision + "): a decimal cannot have more digits after the point than in all");
            }
        }

        private void checkPattern() {
            if (field.pattern() == null) {
                return;
            }
            try {
                Constraints.pattern(field.pattern());
            } catch (PatternSyntaxException e) {
                problem("pattern", "'" + field.pattern() + "' is not a valid regular expression: " + e.getDescription());
            }
        }

        private void checkEnum() {
            if (type != FieldTypes.ENUM) {
                return;
            }
            if (field.values() == null || field.values().isEmpty()) {
                problem("", "an enum field needs a list of values");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < field.values().size(); k++) {
                String value = field.values().get(k);
                if (value.isEmpty() || value.length() > EnumType.MAX_VALUE_LENGTH) {
                    problem("values/" + k, "an enum value has 1 to " + EnumType.MAX_VALUE_LENGTH + " characters");
                } else if (!seen.add(value)) {
                    problem("values/" + k, "the value '" + value + "' is listed twice");
                }
            }
        }

        private void checkRelation() {
            if (!FieldTypes.isRelation(type)) {
                return;
            }
            if (field.target() == null) {
                problem("", "a " + type.name() + " field needs a target: the entity it points to");
            } else if (!knownEntities.contains(field.target())) {
                problem("target", "the field points to the entity '" + field.target()
                        + "', which the model does not define");
            }
            if (field.required() && field.onDelete() == OnDelete.SET_NULL) {
                problem("onDelete", "a required reference cannot be emptied when its target is deleted; use"
                        + " restrict or cascade, or make the field optional");
            }
            checkInverse();
        }

        /** The inverse names a new relation on the target, so it must be a free field name there. */
        private void checkInverse() {
            String inverse = field.inverse();
            if (inverse == null || type != FieldTypes.REFERENCE || field.target() == null) {
                return;
            }
            if (!Names.FIELD_NAME.matcher(inverse).matches() || inverse.length() > Names.MAX_NAME_LENGTH) {
                problem("inverse", "'" + inverse + "' is not a valid relation name: use letters and digits in"
                        + " camelCase, starting with a lowercase letter");
                return;
            }
            Entity target = BuiltInEntities.target(model, field.target()).orElse(null);
            if (target != null && (target.field(inverse).isPresent() || Names.SYSTEM_FIELDS.contains(inverse))) {
                problem("inverse", "the entity '" + field.target() + "' already has a field named '" + inverse
                        + "'; choose another name for the inverse relation");
                return;
            }
            String owner = "'" + field.name() + "' in " + file;
            String previous = inverses.computeIfAbsent(field.target(), t -> new HashMap<>()).putIfAbsent(inverse, owner);
            if (previous != null) {
                problem("inverse", "the entity '" + field.target() + "' already gets a relation named '" + inverse
                        + "' from the field " + previous + "; choose another name");
            }
        }

        private void checkDefault() {
            JsonNode value = field.defaultValue();
            if (value == null || !type.options().contains(FieldOption.DEFAULT)) {
                return;
            }
            if (value.isNull()) {
                problem("default", "a default of null is the same as no default; remove it");
                return;
            }
            if (value.isTextual() && Temporal.NOW.equals(value.textValue())
                    && (type == FieldTypes.DATE || type == FieldTypes.DATETIME || type == FieldTypes.TIME)) {
                return;
            }
            try {
                Constraints.check(field, type.read(value, field));
            } catch (InvalidValueException e) {
                problem("default", "the default " + show(value) + " " + e.getMessage());
            } catch (PatternSyntaxException e) {
                // reported by checkPattern
            }
        }
    }

    /** "an integer", "an email", "an enum", but "a uuid" and "a url" (said "you"), "a string". */
    private static String withArticle(String typeName) {
        return ("aeio".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }

    private void checkIndexes(String file, Entity entity, String key, List<IndexDef> indexes) {
        Set<List<String>> seen = new HashSet<>();
        for (int k = 0; k < indexes.size(); k++) {
            IndexDef index = indexes.get(k);
            String pointer = "/" + key + "/" + k;
            if (!seen.add(index.fields())) {
                report(file, pointer, "the same " + (key.equals("indexes") ? "index" : "unique constraint")
                        + " is listed twice");
            }
            Set<String> inIndex = new HashSet<>();
            for (int n = 0; n < index.fields().size(); n++) {
                String name = index.fields().get(n);
                Field field = entity.field(name).orElse(null);
                if (field == null && !Names.SYSTEM_FIELDS.contains(name)) {
                    report(file, pointer + "/fields/" + n, "the entity has no field named '" + name + "'");
                } else if (field != null && field.type() == FieldTypes.REFERENCES) {
                    report(file, pointer + "/fields/" + n, "'" + name + "' is a list of links stored in its own"
                            + " table, so it cannot be part of an index");
                } else if (!inIndex.add(name)) {
                    report(file, pointer + "/fields/" + n, "'" + name + "' is listed twice");
                }
            }
        }
    }

    // ---- roles ----

    private void checkRoles() {
        Map<String, String> roleFiles = new HashMap<>();
        for (int i = 0; i < model.roles().size(); i++) {
            Role role = model.roles().get(i);
            String file = sources.roleFiles().get(i);
            if (role.name() == null) {
                continue;
            }
            String expectedFile = SourceMap.roleFile(role.name());
            if (file.startsWith(SourceMap.ROLES_DIR + "/") && !file.equals(expectedFile)) {
                report(file, "/name", "this file defines the role '" + role.name() + "', so it must be named "
                        + expectedFile);
            }
            if (!Names.ROLE_NAME.matcher(role.name()).matches() || role.name().length() > Names.MAX_NAME_LENGTH) {
                report(file, "/name", "'" + role.name() + "' is not a valid role name: use up to "
                        + Names.MAX_NAME_LENGTH + " lowercase letters, digits, - and _, starting with a letter");
            } else if (role.name().equals(Role.ADMIN)) {
                report(file, "/name", "the admin role may do everything and cannot have rules; remove this file");
            } else if (roleFiles.putIfAbsent(role.name(), file) != null) {
                report(file, "/name", "another file, " + roleFiles.get(role.name()) + ", already defines the role '"
                        + role.name() + "'");
            }
            for (int r = 0; r < role.rules().size(); r++) {
                checkRule(file, "/rules/" + r, role.rules().get(r));
            }
        }
    }

    private void checkRule(String file, String pointer, Rule rule) {
        if (rule.entity() == null) {
            return;
        }
        Entity entity = BuiltInEntities.target(model, rule.entity()).orElse(null);
        if (entity == null) {
            if (!knownEntities.contains(rule.entity())) {
                report(file, pointer + "/entity", "the rule names the entity '" + rule.entity()
                        + "', which the model does not define");
            }
            return;
        }
        if (BuiltInEntities.isBuiltIn(entity) && !java.util.EnumSet.of(Action.READ).containsAll(rule.actions())) {
            report(file, pointer + "/actions", "Plinth manages " + entity.name() + " rows itself; a rule may only"
                    + " grant reading them");
        }
        if (rule.where() != null && rule.where().isBlank()) {
            report(file, pointer + "/where", "the row filter is empty; remove it to allow every row");
        }
        boolean writes = rule.actions().contains(Action.CREATE) || rule.actions().contains(Action.UPDATE);
        if (rule.check() != null && !writes) {
            report(file, pointer + "/check", "a check applies to written rows, but this rule allows neither create"
                    + " nor update");
        }
        if (!rule.preset().isEmpty() && !rule.actions().contains(Action.CREATE)) {
            report(file, pointer + "/preset", "presets are set on create, but this rule does not allow create");
        }
        Rule.FieldAccess access = rule.fields();
        checkFieldList(file, pointer + "/fields/allow", entity, access.allow());
        checkFieldList(file, pointer + "/fields/deny", entity, access.deny());
        checkFieldList(file, pointer + "/fields/read/allow", entity, access.readAllow());
        checkFieldList(file, pointer + "/fields/read/deny", entity, access.readDeny());
        checkFieldList(file, pointer + "/fields/write/allow", entity, access.writeAllow());
        checkFieldList(file, pointer + "/fields/write/deny", entity, access.writeDeny());
        checkAllowOrDeny(file, pointer + "/fields", access.allow(), access.deny());
        checkAllowOrDeny(file, pointer + "/fields/read", access.readAllow(), access.readDeny());
        checkAllowOrDeny(file, pointer + "/fields/write", access.writeAllow(), access.writeDeny());
        rule.preset().forEach((name, value) -> checkPreset(file, pointer + "/preset/" + name, entity, name, value));
    }

    private void checkAllowOrDeny(String file, String pointer, List<String> allow, List<String> deny) {
        if (allow != null && deny != null) {
            report(file, pointer, "use either allow or deny, not both");
        }
    }

    private void checkFieldList(String file, String pointer, Entity entity, List<String> names) {
        if (names == null) {
            return;
        }
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (entity.field(name).isEmpty() && !Names.SYSTEM_FIELDS.contains(name)) {
                report(file, pointer + "/" + n, "the entity '" + entity.name() + "' has no field named '" + name + "'");
            }
        }
    }

    /** Variables a preset value may name instead of a literal value, with the field types each can fill. */
    static final Map<String, List<FieldType>> PRESET_VARIABLES = Map.of(
            "$user.id", List.of(FieldTypes.UUID, FieldTypes.STRING, FieldTypes.TEXT),
            "$user.email", List.of(FieldTypes.EMAIL, FieldTypes.STRING, FieldTypes.TEXT),
            "$now", List.of(FieldTypes.DATE, FieldTypes.DATETIME, FieldTypes.TIME));

    private void checkPreset(String file, String pointer, Entity entity, String name, JsonNode value) {
        Field field = entity.field(name).orElse(null);
        if (field == null) {
            report(file, pointer, Names.SYSTEM_FIELDS.contains(name)
                    ? "'" + name + "' is set by Plinth and cannot be preset"
                    : "the entity '" + entity.name() + "' has no field named '" + name + "'");
            return;
        }
        if (value.isTextual() && value.textValue().startsWith("$")) {
            String variable = value.textValue();
            List<FieldType> fits = PRESET_VARIABLES.get(variable);
            if (fits == null) {
                report(file, pointer, "'" + variable + "' is not a variable Plinth knows; use one of "
                        + String.join(", ", new java.util.TreeSet<>(PRESET_VARIABLES.keySet())));
            } else if (field.type() != null && !fits.contains(field.type())) {
                List<String> names = fits.stream().map(FieldType::name).toList();
                report(file, pointer, "'" + variable + "' cannot fill the " + field.type().name() + " field '" + name
                        + "'; it fits " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                        + names.get(names.size() - 1) + " fields");
            }
            return;
        }
        if (field.type() == null || value.isNull()) {
            return;
        }
        try {
            Constraints.check(field, field.type().read(value, field));
        } catch (InvalidValueException e) {
            report(file, pointer, "the preset " + show(value) + " " + e.getMessage());
        }
    }

    /** A value as a message shows it: a text in single quotes, anything else as JSON. */
    private static String show(JsonNode value) {
        return value.isTextual() ? "'" + value.textValue() + "'" : value.toString();
    }
}

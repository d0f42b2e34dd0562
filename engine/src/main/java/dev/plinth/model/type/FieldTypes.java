package dev.plinth.model.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of field types, by name. Adding a type is one class and one line here. */
public final class FieldTypes {

    public static final FieldType STRING = new StringType();
    public static final FieldType TEXT = new TextType();
    public static final FieldType INTEGER = new IntegerType();
    public static final FieldType LONG = new LongType();
    public static final FieldType DECIMAL = new DecimalType();
    public static final FieldType BOOLEAN = new BooleanType();
    public static final FieldType DATE = new DateType();
    public static final FieldType DATETIME = new DateTimeType();
    public static final FieldType TIME = new TimeType();
    public static final FieldType UUID = new UuidType();
    public static final FieldType EMAIL = new EmailType();
    public static final FieldType URL = new UrlType();
    public static final FieldType ENUM = new EnumType();
    public static final FieldType JSON = new JsonType();
    public static final FieldType REFERENCE = new ReferenceType();
    public static final FieldType REFERENCES = new ReferencesType();

    private static final Map<String, FieldType> BY_NAME = new LinkedHashMap<>();

    static {
        for (FieldType type : List.of(STRING, TEXT, INTEGER, LONG, DECIMAL, BOOLEAN, DATE, DATETIME, TIME, UUID,
                EMAIL, URL, ENUM, JSON, REFERENCE, REFERENCES)) {
            BY_NAME.put(type.name(), type);
        }
    }

    private FieldTypes() {
    }

    public static Optional<FieldType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every type, in the order the documentation lists them. */
    public static List<FieldType> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** Whether a field of this type points at another entity. */
    public static boolean isRelation(FieldType type) {
        return type == REFERENCE || type == REFERENCES;
    }
}

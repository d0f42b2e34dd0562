package dev.plinth.model;

/** What a role rule may allow on an entity. */
public enum Action {
    READ, CREATE, UPDATE, DELETE;

    /** The spelling used in model files. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Action fromJson(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}

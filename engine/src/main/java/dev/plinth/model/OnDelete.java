package dev.plinth.model;

/** What happens to a row whose referenced row is deleted. */
public enum OnDelete {
    /** The delete is refused while rows refer to it (the default). */
    RESTRICT("restrict"),
    /** Referring rows are deleted too. */
    CASCADE("cascade"),
    /** The reference of referring rows is emptied. */
    SET_NULL("set null");

    private final String json;

    OnDelete(String json) {
        this.json = json;
    }

    /** The spelling used in model files. */
    public String json() {
        return json;
    }

    public static OnDelete fromJson(String value) {
        for (OnDelete onDelete : values()) {
            if (onDelete.json.equals(value)) {
                return onDelete;
            }
        }
        throw new IllegalArgumentException("unknown onDelete: " + value);
    }
}

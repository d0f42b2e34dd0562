package dev.plinth.model.type;

/** Options a field may set beyond name, type, label and description; each type accepts some of them. */
public enum FieldOption {
    REQUIRED("required"), UNIQUE("unique"), DEFAULT("default"),
    MIN_LENGTH("minLength"), MAX_LENGTH("maxLength"), PATTERN("pattern"),
    MIN("min"), MAX("max"), PRECISION("precision"), SCALE("scale"),
    VALUES("values"), TARGET("target"), ON_DELETE("onDelete"), INVERSE("inverse");

    private final String json;

    FieldOption(String json) {
        this.json = json;
    }

    /** The key used in model files. */
    public String json() {
        return json;
    }
}

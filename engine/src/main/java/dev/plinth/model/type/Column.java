package dev.plinth.model.type;

/**
 * How a field's values are stored: a storage kind and its size, if it has one.
 *
 * @param storage   the kind of column
 * @param length    the maximum length of a {@link Storage#VARCHAR}, otherwise {@code null}
 * @param precision total digits of a {@link Storage#NUMERIC}, otherwise {@code null}
 * @param scale     digits after the point of a {@link Storage#NUMERIC}, otherwise {@code null}
 */
public record Column(Storage storage, Integer length, Integer precision, Integer scale) {

    public static Column of(Storage storage) {
        return new Column(storage, null, null, null);
    }

    public static Column varchar(int length) {
        return new Column(Storage.VARCHAR, length, null, null);
    }

    public static Column numeric(int precision, int scale) {
        return new Column(Storage.NUMERIC, null, precision, scale);
    }

    /**
     * Whether every value this column can hold fits, unchanged, in {@code wider}: changing this column to
     * {@code wider} is then safe.
     */
    public boolean widensTo(Column wider) {
        if (equals(wider)) {
            return true;
        }
        return switch (storage) {
            case VARCHAR -> wider.storage == Storage.TEXT
                    || wider.storage == Storage.VARCHAR && wider.length >= length;
            case INTEGER -> wider.storage == Storage.BIGINT || wider.holdsIntegerDigits(10);
            case BIGINT -> wider.holdsIntegerDigits(19);
            case NUMERIC -> wider.storage == Storage.NUMERIC && wider.scale >= scale
                    && wider.precision - wider.scale >= precision - scale;
            default -> false;
        };
    }

    private boolean holdsIntegerDigits(int digits) {
        return storage == Storage.NUMERIC && precision - scale >= digits;
    }
}

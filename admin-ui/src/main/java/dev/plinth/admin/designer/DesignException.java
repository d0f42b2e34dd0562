package dev.plinth.admin.designer;

/** A design change that cannot even be attempted, such as one about an entity or field that no longer exists. */
final class DesignException extends RuntimeException {

    DesignException(String message) {
        super(message, null, false, false);
    }
}

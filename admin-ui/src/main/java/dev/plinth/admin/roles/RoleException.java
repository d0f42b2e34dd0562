package dev.plinth.admin.roles;

/** A role, entity or rule named in the address that the model does not have (any more). */
class RoleException extends RuntimeException {

    RoleException(String message) {
        super(message);
    }
}

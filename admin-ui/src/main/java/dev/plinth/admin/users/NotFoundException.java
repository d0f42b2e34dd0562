package dev.plinth.admin.users;

/** A user or API key named in the address that does not exist. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}

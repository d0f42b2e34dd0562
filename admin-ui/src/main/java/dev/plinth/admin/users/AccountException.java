package dev.plinth.admin.users;

/**
 * A user or key change refused, in words, with the form input it is about ({@code null} for the form as a whole).
 */
class AccountException extends RuntimeException {

    private final String input;

    AccountException(String input, String message) {
        super(message);
        this.input = input;
    }

    String input() {
        return input;
    }
}

package dev.plinth.cli;

/** Arguments that do not make a command; the message says what is wrong, the usage text follows it. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}

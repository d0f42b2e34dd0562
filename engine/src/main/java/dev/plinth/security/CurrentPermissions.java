package dev.plinth.security;

import dev.plinth.query.ModelIndex;

/**
 * The permissions of the model being served, compiled once per model version: callers ask with the
 * {@link ModelIndex} of the version they serve (the API builds one per version) and get the same
 * {@link Permissions} until it changes. Safe to share between threads.
 */
public final class CurrentPermissions {

    private volatile Permissions current;

    /** The permissions of {@code index}'s model, compiled on first use. */
    public Permissions of(ModelIndex index) {
        Permissions permissions = current;
        if (permissions == null || permissions.index() != index) {
            permissions = Permissions.of(index);
            current = permissions;
        }
        return permissions;
    }
}

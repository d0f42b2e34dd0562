package dev.plinth.admin.users;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Role;
import dev.plinth.security.identity.Emails;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.Tokens;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the users pages do, by the rules of the admin API: emails are checked and normalized, passwords must be
 * strong enough and are only stored hashed, roles must be assignable, the last enabled admin keeps the admin role,
 * and a disabled user or a new password ends the user's sessions elsewhere.
 */
@Component
class Accounts {

    /** The longest display name, as the admin API allows. */
    static final int MAX_DISPLAY_NAME = 200;

    private final Users users;
    private final Passwords passwords;
    private final Tokens tokens;
    private final ModelEditor editor;

    Accounts(Users users, Passwords passwords, Tokens tokens, ModelEditor editor) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.editor = editor;
    }

    /** A user just made, and the password to show once when Plinth generated it ({@code null} when typed). */
    record Created(User user, String generatedPassword) {
        @Override
        public String toString() {
            return "Created[" + user + "]";
        }
    }

    User user(UUID id) {
        return users.byId(id).orElseThrow(() -> new NotFoundException("There is no such user; it may have been"
                + " removed."));
    }

    List<User> page(int offset, int limit) {
        return users.page(offset, limit);
    }

    int count() {
        return users.count();
    }

    /** The roles a user or key may be given: the model's own, then admin, then any of {@code held} besides. */
    List<String> roleChoices(Collection<String> held) {
        List<String> choices = new ArrayList<>();
        editor.applied().model().roles().stream().map(Role::name).filter(r -> !Role.BUILT_IN.contains(r))
                .forEach(choices::add);
        choices.add(Roles.ADMIN);
        held.stream().filter(r -> !choices.contains(r)).forEach(choices::add);
        return choices;
    }

    Created create(String email, String displayName, List<String> roles, String password, UUID by) {
        String normalized = Emails.normalize(email == null ? "" : email.strip());
        if (!Emails.isValid(normalized)) {
            throw new AccountException("email", "this is not an email address");
        }
        checkDisplayName(displayName);
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? Passwords.generate() : password;
        String hash = hash(chosen);
        try {
            User user = users.create(new Users.NewUser(normalized, displayName, hash, assignable(roles), true), by);
            return new Created(user, generate ? chosen : null);
        } catch (Users.EmailTakenException e) {
            throw new AccountException("email", "a user with this email exists already");
        }
    }

    User change(UUID id, String displayName, List<String> roles, UUID by) {
        User user = user(id);
        checkDisplayName(displayName);
        Set<String> assigned = assignable(roles);
        if (user.isAdmin() && !assigned.contains(Roles.ADMIN) && !users.anotherEnabledAdmin(id)) {
            throw new AccountException("roles", "this is the last enabled admin, so it keeps the admin role; make"
                    + " another user admin first");
        }
        return users.update(id, new Users.Changes(displayName == null ? "" : displayName, assigned, null, null), by)
                .orElseThrow(() -> new NotFoundException("There is no such user; it may have been removed."));
    }

    User enable(UUID id, boolean enabled, UUID by) {
        User user = user(id);
        if (!enabled && user.isAdmin() && !users.anotherEnabledAdmin(id)) {
            throw new AccountException(null, "This is the last enabled admin, so it cannot be disabled; make another"
                    + " user admin first.");
        }
        Users.Changes changes = new Users.Changes(null, null, enabled, null);
        User changed = users.update(id, changes, by).orElseThrow(() -> new NotFoundException("There is no such user."));
        if (changes.signsOut()) {
            tokens.signOutEverywhere(changed);
        }
        return changed;
    }

    /** Sets a new password, generated when {@code password} is empty; returns the generated one, else null. */
    String resetPassword(UUID id, String password, UUID by) {
        user(id);
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? Passwords.generate() : password;
        User changed = users.update(id, new Users.Changes(null, null, null, hash(chosen)), by)
                .orElseThrow(() -> new NotFoundException("There is no such user."));
        tokens.signOutEverywhere(changed);
        return generate ? chosen : null;
    }

    private String hash(String password) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new AccountException("password", problem);
        }
        return passwords.hash(password);
    }

    static Set<String> assignable(List<String> roles) {
        try {
            return Roles.assignable(roles == null ? List.of() : roles);
        } catch (IllegalArgumentException e) {
            throw new AccountException("roles", e.getMessage());
        }
    }

    private static void checkDisplayName(String displayName) {
        if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
            throw new AccountException("displayName", "a display name has at most " + MAX_DISPLAY_NAME
                    + " characters");
        }
    }
}

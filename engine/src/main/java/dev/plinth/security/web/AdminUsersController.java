package dev.plinth.security.web;

import dev.plinth.security.identity.Emails;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/api/users}: list, create and change users (roles, enabled, display name, a new password). Admins
 * only (the filter chain sees to it). A password is never shown; disabling a user or setting a password ends the
 * user's refresh tokens; the last enabled admin cannot be disabled or lose the admin role.
 */
@RestController
@RequestMapping("/admin/api/users")
class AdminUsersController {

    static final int MAX_PAGE = 200;

    /** A user as the admin API shows it: no password hash. */
    record UserView(UUID id, String email, String displayName, List<String> roles, boolean enabled,
                    boolean emailVerified, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {
        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.displayName(), user.roles(), user.enabled(),
                    user.emailVerified(), user.createdAt(), user.lastLoginAt());
        }
    }

    record NewUser(String email, String displayName, String password, List<String> roles, Boolean enabled) {
        @Override
        public String toString() {
            return "NewUser[email=" + email + "]";
        }
    }

    record Change(String displayName, List<String> roles, Boolean enabled, String password) {
        @Override
        public String toString() {
            return "Change[roles=" + roles + ", enabled=" + enabled + "]";
        }
    }

    private final Users users;
    private final Passwords passwords;
    private final Tokens tokens;

    AdminUsersController(Users users, Passwords passwords, Tokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw AuthException.invalid("parameter.invalid", "offset is 0 or more, limit between 1 and " + MAX_PAGE);
        }
        return Map.of("data", users.page(offset, limit).stream().map(UserView::of).toList(),
                "meta", Map.of("total", users.count()));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable UUID id) {
        return users.byId(id).map(UserView::of).orElseThrow(AdminUsersController::notFound);
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser body, HttpServletRequest request) {
        String email = Emails.normalize(body.email());
        if (!Emails.isValid(email)) {
            throw AuthException.invalid("user.invalid-email", "the email is not an email address");
        }
        String hash = body.password() == null ? null : hash(body.password());
        checkDisplayName(body.displayName());
        User user;
        try {
            user = users.create(new Users.NewUser(email, body.displayName(), hash, roles(body.roles() == null
                    ? List.of() : body.roles()), true), adminId(request));
        } catch (Users.EmailTakenException e) {
            throw new AuthException(HttpStatus.CONFLICT, "user.email-taken", "a user with this email exists");
        }
        if (Boolean.FALSE.equals(body.enabled())) {
            user = users.update(user.id(), new Users.Changes(null, null, false, null), adminId(request)).orElseThrow();
        }
        return ResponseEntity.created(URI.create("/admin/api/users/" + user.id())).body(UserView.of(user));
    }

    @PatchMapping("/{id}")
    UserView change(@PathVariable UUID id, @RequestBody Change body, HttpServletRequest request) {
        User user = users.byId(id).orElseThrow(AdminUsersController::notFound);
        checkDisplayName(body.displayName());
        Set<String> roles = body.roles() == null ? null : roles(body.roles());
        boolean losesAdmin = user.isAdmin() && (Boolean.FALSE.equals(body.enabled())
                || roles != null && !roles.contains(Roles.ADMIN));
        if (losesAdmin && !users.anotherEnabledAdmin(id)) {
            throw new AuthException(HttpStatus.CONFLICT, "user.last-admin", "this is the last enabled admin; make"
                    + " another admin first");
        }
        Users.Changes changes = new Users.Changes(body.displayName(), roles, body.enabled(),
                body.password() == null ? null : hash(body.password()));
        User changed = users.update(id, changes, adminId(request)).orElseThrow(AdminUsersController::notFound);
        if (changes.signsOut()) {
            tokens.signOutEverywhere(changed);
        }
        return UserView.of(changed);
    }

    private String hash(String password) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw AuthException.invalid("user.weak-password", problem);
        }
        return passwords.hash(password);
    }

    private static void checkDisplayName(String displayName) {
        if (displayName != null && displayName.length() > 200) {
            throw AuthException.invalid("user.invalid-display-name", "a display name has at most 200 characters");
        }
    }

    static Set<String> roles(Collection<String> roles) {
        try {
            return Roles.assignable(roles);
        } catch (IllegalArgumentException e) {
            throw AuthException.invalid("role.invalid", e.getMessage());
        }
    }

    /** The admin making the change: a user's id, or {@code null} for an API key. */
    static UUID adminId(HttpServletRequest request) {
        return IdentityAuthentication.of(request).map(Identity::userId).orElse(null);
    }

    private static AuthException notFound() {
        return new AuthException(HttpStatus.NOT_FOUND, "user.not-found", "there is no such user");
    }
}

package dev.plinth.security.identity;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can sign in to a new Plinth: when no user holds the admin role, creates one from the configured
 * email and password ({@code PLINTH_ADMIN_EMAIL} / {@code PLINTH_ADMIN_PASSWORD}), or as {@code admin@localhost}
 * with a generated password printed once to the log. The insert skips an existing email ({@code on conflict do
 * nothing}), so of several instances starting at once only one creates the admin, and only that one prints a
 * password. A configured password is never logged, and never reset on later starts.
 */
public final class FirstAdmin {

    public static final String DEFAULT_EMAIL = "admin@localhost";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final Passwords passwords;
    private final String email;
    private final String password;

    /**
     * @param email    the configured email, or {@code null} for {@value #DEFAULT_EMAIL}
     * @param password the configured password, or {@code null} to generate one
     */
    public FirstAdmin(Users users, Passwords passwords, String email, String password) {
        this.users = users;
        this.passwords = passwords;
        this.email = email == null || email.isBlank() ? DEFAULT_EMAIL : Emails.normalize(email);
        this.password = password == null || password.isEmpty() ? null : password;
        if (!Emails.isValid(this.email)) {
            throw new IllegalStateException("plinth.admin.email (PLINTH_ADMIN_EMAIL) is not an email address");
        }
        String problem = this.password == null ? null : Passwords.problem(this.password);
        if (problem != null) {
            throw new IllegalStateException("plinth.admin.password (PLINTH_ADMIN_PASSWORD) is not usable: " + problem);
        }
    }

    /** Creates the first admin unless there is one; returns the user created, if any. */
    public Optional<User> ensure() {
        if (users.anyAdmin()) {
            return Optional.empty();
        }
        String chosen = password != null ? password : Passwords.generate();
        Optional<User> created = users.createIfAbsent(new Users.NewUser(email, "Administrator", passwords.hash(chosen),
                List.of(Roles.ADMIN), true));
        if (created.isEmpty()) {
            if (!users.anyAdmin()) {
                log.warn("No user holds the admin role, and {} is taken by a user who is not an admin; no admin was"
                        + " created. Set PLINTH_ADMIN_EMAIL to a new address, or give that user the admin role.", email);
            }
            return Optional.empty();
        }
        if (password != null) {
            log.info("Created the admin user {} with the password from plinth.admin.password", email);
        } else {
            log.warn("""


                    ************************************************************************
                      Plinth created the admin user.
                        email:    {}
                        password: {}
                      This password is shown only this once. Sign in and change it, or set
                      PLINTH_ADMIN_EMAIL and PLINTH_ADMIN_PASSWORD before the first start.
                    ************************************************************************
                    """, email, chosen);
        }
        return created;
    }
}

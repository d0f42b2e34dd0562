package dev.plinth.security.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created on the first start when no user holds the admin role ({@code PLINTH_ADMIN_EMAIL},
 * {@code PLINTH_ADMIN_PASSWORD}). Without them: {@code admin@localhost} with a generated password, printed once.
 */
@ConfigurationProperties("plinth.admin")
public class AdminProperties {

    /** The first admin's email. */
    private String email;
    /** The first admin's password (at least 8 characters); never logged, and not reset on later starts. */
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + "]";
    }
}

package dev.plinth.security.identity;

import java.time.Duration;

/**
 * Signs a user in by email and password, under the {@link LoginThrottle}. Every refusal reads the same whether the
 * email is unknown, the password wrong or the user disabled, and takes about as long, so it tells nothing about
 * which accounts exist.
 */
public final class PasswordLogin {

    private final Users users;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    public PasswordLogin(Users users, Passwords passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /**
     * The user with this email and password.
     *
     * @param address the client's address, counted by the throttle
     * @throws LoginRefusedException when the email and password do not sign anyone in, or too many attempts failed
     */
    public User signIn(String email, String password, String address) {
        String normalized = Emails.normalize(email);
        Duration wait = throttle.refusal(normalized, address).orElse(null);
        if (wait != null) {
            throw new LoginRefusedException("too many failed sign-ins; try again later", wait);
        }
        User user = normalized == null || normalized.length() > Emails.MAX_LENGTH ? null
                : users.byEmail(normalized).orElse(null);
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash());
        if (user == null || !matches || !user.enabled()) {
            throttle.failed(normalized, address);
            throw new LoginRefusedException("the email or password is wrong", null);
        }
        throttle.succeeded(normalized);
        users.recordLogin(user.id());
        return user;
    }
}

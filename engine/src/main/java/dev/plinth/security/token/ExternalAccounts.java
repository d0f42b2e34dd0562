package dev.plinth.security.token;

import dev.plinth.security.identity.Emails;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import java.util.List;
import java.util.Optional;

/**
 * Users who prove themselves through another party (an OAuth2 / OIDC login, an external JWT): found by their email,
 * or created, but only when that party vouches for the email. Linking to an account whose email was never
 * verified takes its password away (and ends its sessions): whoever set that password did not prove the address
 * theirs.
 */
public final class ExternalAccounts {

    /** The other party does not vouch for the email, or gave none. */
    public static final class UnverifiedEmailException extends RuntimeException {
        UnverifiedEmailException(String message) {
            super(message, null, false, false);
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;

    public ExternalAccounts(Users users, RefreshTokens refreshTokens) {
        this.users = users;
        this.refreshTokens = refreshTokens;
    }

    /**
     * The user with this email, created (with no roles and no password) when there is none.
     *
     * @param verified whether the other party says the email is verified
     * @throws UnverifiedEmailException when the email is missing, malformed or not verified
     */
    public User link(String email, boolean verified, String displayName) {
        String normalized = Emails.normalize(email);
        if (!Emails.isValid(normalized)) {
            throw new UnverifiedEmailException("the sign-in gave no usable email address");
        }
        if (!verified) {
            throw new UnverifiedEmailException("the sign-in's email address is not verified");
        }
        Optional<User> existing = users.byEmail(normalized);
        if (existing.isEmpty()) {
            existing = users.createIfAbsent(new Users.NewUser(normalized, displayName, null, List.of(), true));
        }
        User user = existing.or(() -> users.byEmail(normalized)).orElseThrow();
        if (!user.emailVerified() && users.markVerified(user.id())) {
            refreshTokens.revokeUser(user.id());
            user = users.byId(user.id()).orElseThrow();
        }
        return user;
    }

    /** Reads an {@code email_verified} claim, which some providers send as a string. */
    public static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }
}

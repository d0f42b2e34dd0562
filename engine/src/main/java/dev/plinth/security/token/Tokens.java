package dev.plinth.security.token;

import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;

/** Issues token pairs to signed-in users, exchanges refresh tokens for new pairs, and signs out. */
public final class Tokens {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Users users;

    public Tokens(AccessTokens accessTokens, RefreshTokens refreshTokens, Users users) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.users = users;
    }

    /** A new pair for a user who just signed in, starting a new refresh token family. */
    public TokenPair issue(User user) {
        return pair(user, refreshTokens.issue(user.id()));
    }

    /**
     * Spends the refresh token for a new pair, with the user's roles as they are now.
     *
     * @throws InvalidCredentialException when the token is unknown, expired or spent (which revokes its family), or
     *                                    its user is gone or disabled
     */
    public TokenPair refresh(String refreshToken) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(refreshToken);
        User user = users.byId(rotated.userId()).filter(User::enabled).orElse(null);
        if (user == null) {
            refreshTokens.revokeUser(rotated.userId());
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_REFRESH_TOKEN, "user disabled");
        }
        return pair(user, rotated.token());
    }

    /** Revokes the refresh token's family; unknown tokens are ignored. */
    public void signOut(String refreshToken) {
        refreshTokens.revokeFamily(refreshToken);
    }

    /** Ends every refresh token of the user. */
    public void signOutEverywhere(User user) {
        refreshTokens.revokeUser(user.id());
    }

    private TokenPair pair(User user, String refreshToken) {
        return new TokenPair(accessTokens.issue(user), refreshToken, "Bearer", accessTokens.ttl().toSeconds());
    }
}

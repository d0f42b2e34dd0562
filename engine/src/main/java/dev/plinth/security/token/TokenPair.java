package dev.plinth.security.token;

/**
 * What a sign-in gives a client: a short-lived access token to send as {@code Authorization: Bearer}, and a
 * long-lived refresh token to get the next pair with.
 *
 * @param accessToken  the JWT
 * @param refreshToken the refresh token, used once
 * @param tokenType    always {@code Bearer}
 * @param expiresIn    seconds until the access token expires
 */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "TokenPair[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}

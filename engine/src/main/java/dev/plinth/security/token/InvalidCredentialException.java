package dev.plinth.security.token;

/**
 * A request carried a credential that proves nothing: a malformed, expired, forged or revoked token, an unknown,
 * revoked or expired API key. The message is the same for every reason, so a refusal tells an attacker nothing;
 * the reason is only in {@link #reason()}, for debug logs.
 */
public final class InvalidCredentialException extends RuntimeException {

    /** The stable codes of the refusals. */
    public static final String INVALID_TOKEN = "auth.invalid-token";
    public static final String INVALID_API_KEY = "auth.invalid-api-key";
    public static final String INVALID_REFRESH_TOKEN = "auth.invalid-refresh-token";

    private final String code;
    private final String reason;

    InvalidCredentialException(String code, String reason) {
        super(switch (code) {
            case INVALID_API_KEY -> "the API key is not valid";
            case INVALID_REFRESH_TOKEN -> "the refresh token is not valid";
            default -> "the access token is not valid";
        }, null, false, false);
        this.code = code;
        this.reason = reason;
    }

    static InvalidCredentialException token(String reason) {
        return new InvalidCredentialException(INVALID_TOKEN, reason);
    }

    public String code() {
        return code;
    }

    /** Why, for the server's debug log only. */
    public String reason() {
        return reason;
    }
}

package dev.plinth.security.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing with Spring Security's bcrypt, its hashes prefixed {@code {bcrypt}} so a stronger scheme can be
 * added later without invalidating old ones. A password itself is never stored or logged.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_BYTES = 72;
    /** bcrypt's cost: 2^10 rounds, about 50–100 ms a hash. */
    static final int STRENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(STRENGTH, RANDOM)));
    /**
     * Compared against when there is no user, so a wrong email takes as long as a wrong password. Hashed on another
     * thread: a start need not wait for it.
     */
    private final CompletableFuture<String> decoy = CompletableFuture.supplyAsync(() -> encoder.encode(generate()));

    /** The hash to store. */
    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether the password matches the stored hash; a {@code null} hash matches nothing (and takes as long). */
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            encoder.matches("", decoy.join());
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Why the password may not be set, or {@code null} when it may. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "a password needs at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "a password may have at most " + MAX_BYTES + " bytes";
        }
        return null;
    }

    /** A random password of 24 characters (144 bits). */
    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package dev.plinth.security.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as Plinth keeps them: trimmed and lower-case, so one person has one account. */
public final class Emails {

    /** The longest address SMTP allows, and the width of {@code plinth_user.email}. */
    public static final int MAX_LENGTH = 254;
    /** A local part, one {@code @}, a domain; {@code admin@localhost} included. */
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$");

    private Emails() {
    }

    /** The address as stored: trimmed and lower-case; {@code null} stays {@code null}. */
    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the (normalized) address has the shape of an email address and fits the column. */
    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches();
    }
}

package dev.plinth.admin;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The pending design change of one signed-in person, kept in their session until applied or discarded. */
public final class Drafts {

    private static final String KEY = "plinth.admin.draft";

    private Drafts() {
    }

    public static Optional<Draft> current(HttpSession session) {
        return Optional.ofNullable((Draft) session.getAttribute(KEY));
    }

    public static void put(HttpSession session, Draft draft) {
        session.setAttribute(KEY, draft);
    }

    public static void clear(HttpSession session) {
        session.removeAttribute(KEY);
    }
}

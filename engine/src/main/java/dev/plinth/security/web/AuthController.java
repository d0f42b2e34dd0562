package dev.plinth.security.web;

import dev.plinth.model.Model;
import dev.plinth.schema.ActiveModel;
import dev.plinth.security.identity.Emails;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.LoginRefusedException;
import dev.plinth.security.identity.PasswordLogin;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.TokenPair;
import dev.plinth.security.token.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /auth}: sign in with a password (for tokens, or for a browser session), refresh, sign out, sign up (when
 * the model allows it), who am I, and a signed-in session exchanged for tokens. Request records hide passwords and tokens from {@code toString}, so no
 * log line (Spring's debug logging of bodies included) shows one.
 */
@RestController
@RequestMapping("/auth")
class AuthController {

    record Login(String email, String password) {
        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    record Refresh(String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    record Signup(String email, String password, String displayName) {
        @Override
        public String toString() {
            return "Signup[email=" + email + "]";
        }
    }

    private final PasswordLogin login;
    private final Tokens tokens;
    private final Users users;
    private final Passwords passwords;
    private final ActiveModel model;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AuthController(PasswordLogin login, Tokens tokens, Users users, Passwords passwords, ActiveModel model) {
        this.login = login;
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.model = model;
    }

    @PostMapping("/login")
    TokenPair login(@RequestBody Login body, HttpServletRequest request) {
        return tokens.issue(signIn(body, request));
    }

    /**
     * A password sign-in that gives a session (the cookie) instead of tokens, for browser pages such as the admin UI.
     * The session gets a new id, so one set before the sign-in is worth nothing.
     */
    @PostMapping("/session")
    Map<String, Object> session(@RequestBody Login body, HttpServletRequest request, HttpServletResponse response) {
        User user = signIn(body, request);
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true);
        IdentityAuthentication authentication = new IdentityAuthentication(user.identity(),
                IdentityAuthentication.Source.SESSION);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return me(user.identity());
    }

    private User signIn(Login body, HttpServletRequest request) {
        if (body.email() == null || body.password() == null) {
            throw AuthException.invalid("auth.invalid-request", "a sign-in needs an email and a password");
        }
        try {
            return login.signIn(body.email(), body.password(), request.getRemoteAddr());
        } catch (LoginRefusedException e) {
            throw e.throttled()
                    ? new AuthException(HttpStatus.TOO_MANY_REQUESTS, "auth.throttled", e.getMessage(), e.retryAfter())
                    : new AuthException(HttpStatus.UNAUTHORIZED, "auth.invalid-login", e.getMessage());
        }
    }

    @PostMapping("/refresh")
    TokenPair refresh(@RequestBody Refresh body) {
        if (body.refreshToken() == null) {
            throw AuthException.invalid("auth.invalid-request", "a refresh needs the refreshToken");
        }
        return tokens.refresh(body.refreshToken());
    }

    /** Revokes the refresh token's family when one is given, and ends the session when there is one. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@RequestBody(required = false) Refresh body, HttpServletRequest request) {
        if (body != null && body.refreshToken() != null) {
            tokens.signOut(body.refreshToken());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Map<String, Object> me(HttpServletRequest request) {
        return me(IdentityAuthentication.of(request).orElseThrow(AuthException::notSignedIn));
    }

    private Map<String, Object> me(Identity identity) {
        Map<String, Object> me = new LinkedHashMap<>();
        if (identity.kind() == Identity.Kind.API_KEY) {
            me.put("id", null);
            me.put("apiKeyId", identity.keyId());
        } else {
            me.put("id", identity.userId());
            me.put("email", identity.email());
            me.put("displayName", users.byId(identity.userId()).map(User::displayName).orElse(null));
        }
        me.put("roles", identity.roles());
        return me;
    }

    @PostMapping("/signup")
    ResponseEntity<TokenPair> signup(@RequestBody Signup body) {
        Model.Settings settings = model.current().model().settings();
        if (!settings.signupEnabled() || settings.signupRole() == null || Roles.ADMIN.equals(settings.signupRole())) {
            throw new AuthException(HttpStatus.FORBIDDEN, "auth.signup-disabled", "this Plinth does not let people"
                    + " sign themselves up");
        }
        String email = Emails.normalize(body.email());
        if (!Emails.isValid(email)) {
            throw AuthException.invalid("auth.invalid-email", "the email is not an email address");
        }
        String problem = Passwords.problem(body.password());
        if (problem != null) {
            throw AuthException.invalid("auth.weak-password", problem);
        }
        if (body.displayName() != null && body.displayName().length() > 200) {
            throw AuthException.invalid("auth.invalid-request", "a display name has at most 200 characters");
        }
        User user;
        try {
            user = users.create(new Users.NewUser(email, body.displayName(), passwords.hash(body.password()),
                    Roles.assignable(List.of(settings.signupRole())), false), null);
        } catch (Users.EmailTakenException e) {
            throw new AuthException(HttpStatus.CONFLICT, "auth.email-taken", "a user with this email exists; sign in"
                    + " instead");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(user));
    }

    /** For single-page apps after an OAuth2 login: the session's user gets an access and a refresh token. */
    @PostMapping("/token")
    TokenPair token(HttpServletRequest request) {
        IdentityAuthentication session = IdentityAuthentication.current(request)
                .filter(a -> a.source() == IdentityAuthentication.Source.SESSION)
                .orElseThrow(() -> new AuthException(HttpStatus.UNAUTHORIZED, "auth.session-required",
                        "this request needs a signed-in session (sign in through /oauth2/authorization/{provider})"));
        User user = users.byId(session.identity().userId()).filter(User::enabled).orElseThrow(AuthException::notSignedIn);
        return tokens.issue(user);
    }
}

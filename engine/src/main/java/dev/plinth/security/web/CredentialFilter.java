package dev.plinth.security.web;

import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.Credentials;
import dev.plinth.security.token.InvalidCredentialException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the request's credential into its identity for this request only (never saved in a session):
 * a bearer token or an API key, or else, where sessions are used, the signed-in session's user read afresh (a
 * disabled or deleted user's session ends). A credential that proves nothing is answered 401 here; the request goes
 * no further and is never served as anonymous.
 */
final class CredentialFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CredentialFilter.class);

    private final Credentials credentials;
    private final Users users;

    /** @param users where session users are read afresh, or {@code null} where sessions are not used */
    CredentialFilter(Credentials credentials, Users users) {
        this.credentials = credentials;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String apiKey = request.getHeader(Credentials.API_KEY_HEADER);
        if (Credentials.present(authorization, apiKey)) {
            Optional<Identity> identity;
            try {
                identity = credentials.authenticate(authorization, apiKey);
            } catch (InvalidCredentialException e) {
                log.debug("Refused a credential on {} {}: {}", request.getMethod(), request.getRequestURI(), e.reason());
                ProblemWriter.invalidCredential(response, e.code(), e.getMessage());
                return;
            }
            identity.ifPresent(id -> signIn(new IdentityAuthentication(id, apiKey != null
                    ? IdentityAuthentication.Source.API_KEY : IdentityAuthentication.Source.BEARER)));
        } else if (users != null) {
            refreshSession(request);
        }
        chain.doFilter(request, response);
    }

    private void refreshSession(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof IdentityAuthentication session) || session.source() != IdentityAuthentication.Source.SESSION) {
            return;
        }
        Optional<User> user = users.byId(session.identity().userId()).filter(User::enabled);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession httpSession = request.getSession(false);
            if (httpSession != null) {
                httpSession.invalidate();
            }
            return;
        }
        signIn(new IdentityAuthentication(user.get().identity(), IdentityAuthentication.Source.SESSION));
    }

    private static void signIn(IdentityAuthentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}

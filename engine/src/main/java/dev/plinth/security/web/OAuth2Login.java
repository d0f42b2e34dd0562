package dev.plinth.security.web;

import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.ExternalAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * OAuth2 / OIDC login through Spring Security's {@code oauth2Login}, for any provider configured with
 * {@code spring.security.oauth2.client.*}: the provider's user is linked to the Plinth user with the same email, or
 * one is created, only when the provider says the email is verified (an OIDC {@code email_verified} claim, a
 * {@code verified_email} attribute, or GitHub's list of verified emails). The session then holds the Plinth
 * identity, read afresh on each request. Plinth does not call the provider again after the login.
 */
final class OAuth2Login {

    /** A provider's user, linked to a Plinth user. */
    interface Linked {
        UUID plinthUserId();
    }

    static final class LinkedOidcUser extends DefaultOidcUser implements Linked {
        private final UUID plinthUserId;

        LinkedOidcUser(OidcUser user, UUID plinthUserId) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.plinthUserId = plinthUserId;
        }

        @Override
        public UUID plinthUserId() {
            return plinthUserId;
        }
    }

    static final class LinkedOAuth2User extends DefaultOAuth2User implements Linked {
        private final UUID plinthUserId;

        LinkedOAuth2User(OAuth2User user, String nameAttribute, UUID plinthUserId) {
            super(user.getAuthorities(), user.getAttributes(), nameAttribute);
            this.plinthUserId = plinthUserId;
        }

        @Override
        public UUID plinthUserId() {
            return plinthUserId;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OAuth2Login.class);

    private final ExternalAccounts accounts;
    private final Users users;
    private final String successUrl;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    OAuth2Login(ExternalAccounts accounts, Users users, String successUrl) {
        this.accounts = accounts;
        this.users = users;
        this.successUrl = successUrl;
    }

    OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return new LinkedOidcUser(user, link(user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()),
                    user.getFullName()));
        };
    }

    OAuth2UserService<OAuth2UserRequest, OAuth2User> oauth2Users() {
        DefaultOAuth2UserService delegate = new DefaultOAuth2UserService();
        return request -> {
            OAuth2User user = delegate.loadUser(request);
            Map<String, Object> attributes = user.getAttributes();
            String email = attributes.get("email") instanceof String text ? text : null;
            boolean verified = ExternalAccounts.isTrue(attributes.get("email_verified"))
                    || ExternalAccounts.isTrue(attributes.get("verified_email"));
            if (GitHubEmails.isGitHub(request.getClientRegistration())) {
                email = GitHubEmails.primaryVerified(request).orElse(null);
                verified = email != null;
            }
            String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                    .getUserNameAttributeName();
            String name = attributes.get("name") instanceof String text ? text : null;
            return new LinkedOAuth2User(user, nameAttribute, link(email, verified, name));
        };
    }

    private UUID link(String email, boolean verified, String displayName) {
        User user;
        try {
            user = accounts.link(email, verified, displayName);
        } catch (ExternalAccounts.UnverifiedEmailException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email", e.getMessage(), null), e.getMessage());
        }
        if (!user.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("user_disabled", "this user is disabled", null));
        }
        return user.id();
    }

    /** Puts the Plinth identity in the session in place of the provider's user, and goes on to the success URL. */
    AuthenticationSuccessHandler success() {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            UUID id = authentication.getPrincipal() instanceof Linked linked ? linked.plinthUserId() : null;
            User user = id == null ? null : users.byId(id).orElse(null);
            if (user == null) {
                failure().onAuthenticationFailure(request, response, new OAuth2AuthenticationException("unlinked"));
                return;
            }
            users.recordLogin(user.id());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new IdentityAuthentication(user.identity(), IdentityAuthentication.Source.SESSION));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            response.sendRedirect(successUrl);
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
            log.info("An OAuth2 login failed: {}", error.isEmpty() ? exception.getClass().getSimpleName() : error);
            write(response, switch (error) {
                case "unverified_email" -> List.of("auth.unverified-email", "the provider did not confirm that the"
                        + " email address is yours, so Plinth cannot sign you in with it");
                case "user_disabled" -> List.of("auth.user-disabled", "this user is disabled");
                default -> List.of("auth.oauth2-failed", "the sign-in with the provider did not succeed");
            });
        };
    }

    private static void write(HttpServletResponse response, List<String> codeAndDetail) throws IOException {
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, codeAndDetail.get(0), codeAndDetail.get(1));
    }
}

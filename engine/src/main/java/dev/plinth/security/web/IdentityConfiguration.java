package dev.plinth.security.web;

import dev.plinth.schema.SchemaEngine;
import dev.plinth.schema.Secrets;
import dev.plinth.security.Permissions;
import dev.plinth.security.identity.AccessPolicy;
import dev.plinth.security.identity.FirstAdmin;
import dev.plinth.security.identity.LoginThrottle;
import dev.plinth.security.identity.PasswordLogin;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.AccessTokens;
import dev.plinth.security.token.ApiKeys;
import dev.plinth.security.token.Credentials;
import dev.plinth.security.token.ExternalAccounts;
import dev.plinth.security.token.ExternalTokens;
import dev.plinth.security.token.RefreshTokens;
import dev.plinth.security.token.TokenRevocations;
import dev.plinth.security.token.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity beans: users, the first admin, password sign-in, tokens, API keys, and the access policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PlinthSecurityProperties.class, AdminProperties.class})
public class IdentityConfiguration {

    /** The name of the generated secret that signs access tokens when plinth.security.jwt-secret is not set. */
    static final String JWT_SECRET = "jwt";

    /** What each caller's roles allow: the model's role rules, compiled once per served model version. */
    @Bean
    @ConditionalOnMissingBean
    AccessPolicy accessPolicy() {
        return AccessPolicy.perModel(index -> Permissions.of(index)::access);
    }

    @Bean
    Passwords passwords() {
        return new Passwords();
    }

    @Bean
    Users users(SchemaEngine engine, DSLContext db) {
        engine.initialize();
        return new Users(db);
    }

    /** Made on start, so a new Plinth has an admin (and prints its password) before it serves anything. */
    @Bean
    FirstAdmin firstAdmin(Users users, Passwords passwords, AdminProperties admin) {
        FirstAdmin first = new FirstAdmin(users, passwords, admin.getEmail(), admin.getPassword());
        first.ensure();
        return first;
    }

    @Bean
    PasswordLogin passwordLogin(Users users, Passwords passwords, PlinthSecurityProperties properties) {
        PlinthSecurityProperties.Login login = properties.getLogin();
        return new PasswordLogin(users, passwords, new LoginThrottle(new LoginThrottle.Limits(login.getMaxFailures(),
                login.getMaxFailuresPerAddress(), login.getLockout()), Clock.systemUTC()));
    }

    @Bean
    AccessTokens accessTokens(PlinthSecurityProperties properties, SchemaEngine engine, DSLContext db,
                              TokenRevocations revocations) {
        byte[] key;
        if (properties.getJwtSecret() != null && !properties.getJwtSecret().isEmpty()) {
            key = properties.getJwtSecret().getBytes(StandardCharsets.UTF_8);
            if (key.length < AccessTokens.MIN_KEY_BYTES) {
                throw new IllegalStateException("plinth.security.jwt-secret (PLINTH_SECURITY_JWT_SECRET) needs at least "
                        + AccessTokens.MIN_KEY_BYTES + " bytes; leave it unset to use a generated key");
            }
        } else {
            engine.initialize();
            key = new Secrets(db).get(JWT_SECRET);
        }
        return new AccessTokens(key, properties.getAccessTokenTtl(), Clock.systemUTC(), revocations);
    }

    /** Read from the database every second; the tokens a revocation ends live at most their time plus the skew. */
    @Bean(destroyMethod = "close")
    TokenRevocations tokenRevocations(Users users, PlinthSecurityProperties properties) {
        return new TokenRevocations(users, properties.getAccessTokenTtl().plus(AccessTokens.CLOCK_SKEW),
                Clock.systemUTC());
    }

    @Bean
    RefreshTokens refreshTokens(SchemaEngine engine, DSLContext db, PlinthSecurityProperties properties) {
        engine.initialize();
        return new RefreshTokens(db, properties.getRefreshTokenTtl(), Clock.systemUTC());
    }

    @Bean
    ApiKeys apiKeys(SchemaEngine engine, DSLContext db) {
        engine.initialize();
        return new ApiKeys(db, Clock.systemUTC());
    }

    @Bean
    ExternalAccounts externalAccounts(Users users, RefreshTokens refreshTokens) {
        return new ExternalAccounts(users, refreshTokens);
    }

    @Bean
    Credentials credentials(AccessTokens accessTokens, ApiKeys apiKeys, ExternalAccounts accounts,
                            PlinthSecurityProperties properties) {
        PlinthSecurityProperties.Oidc oidc = properties.getOidc();
        ExternalTokens external = !oidc.isEnabled() ? null : new ExternalTokens(new ExternalTokens.Settings(
                blankToNull(oidc.getIssuerUri()), blankToNull(oidc.getJwkSetUri()), oidc.getRolesClaim(),
                blankToNull(oidc.getAudience())), accounts);
        return new Credentials(accessTokens, external, apiKeys);
    }

    @Bean
    Tokens tokens(AccessTokens accessTokens, RefreshTokens refreshTokens, Users users) {
        return new Tokens(accessTokens, refreshTokens, users);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

package dev.plinth.security.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Plinth's token, sign-in and external issuer settings ({@code plinth.security.*}, {@code PLINTH_SECURITY_*}). */
@ConfigurationProperties("plinth.security")
public class PlinthSecurityProperties {

    /**
     * The key that signs Plinth's access tokens (HS256), at least 32 bytes. Without one, a random key is made once
     * and kept in the database, so every instance shares it.
     */
    private String jwtSecret;
    /** How long an access token is valid. */
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    /** How long a refresh token is valid. */
    private Duration refreshTokenTtl = Duration.ofDays(30);
    /** Where the browser goes after an OAuth2 / OIDC login. */
    private String loginSuccessUrl = "/";
    private final Login login = new Login();
    private final Oidc oidc = new Oidc();

    public String getJwtSecret() {
        return jwtSecret;
    }

    public void setJwtSecret(String jwtSecret) {
        this.jwtSecret = jwtSecret;
    }

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public String getLoginSuccessUrl() {
        return loginSuccessUrl;
    }

    public void setLoginSuccessUrl(String loginSuccessUrl) {
        this.loginSuccessUrl = loginSuccessUrl;
    }

    public Login getLogin() {
        return login;
    }

    public Oidc getOidc() {
        return oidc;
    }

    @Override
    public String toString() {
        return "PlinthSecurityProperties[jwtSecret=" + (jwtSecret == null ? "generated" : "******") + "]";
    }

    /** The sign-in throttle, kept in each instance's memory. */
    public static class Login {
        /** Failed sign-ins one email may have within the lock-out period before it is locked. */
        private int maxFailures = 5;
        /** Failed sign-ins one client address may have within the lock-out period before it is locked. */
        private int maxFailuresPerAddress = 20;
        /** How long failures are counted, and how long a lock lasts. */
        private Duration lockout = Duration.ofMinutes(15);

        public int getMaxFailures() {
            return maxFailures;
        }

        public void setMaxFailures(int maxFailures) {
            this.maxFailures = maxFailures;
        }

        public int getMaxFailuresPerAddress() {
            return maxFailuresPerAddress;
        }

        public void setMaxFailuresPerAddress(int maxFailuresPerAddress) {
            this.maxFailuresPerAddress = maxFailuresPerAddress;
        }

        public Duration getLockout() {
            return lockout;
        }

        public void setLockout(Duration lockout) {
            this.lockout = lockout;
        }
    }

    /** An external OpenID Connect issuer whose JWTs are accepted as bearer tokens; off unless an address is set. */
    public static class Oidc {
        /** The issuer, for example https://keycloak.example.com/realms/app; its keys are found by discovery. */
        private String issuerUri;
        /** The address of the issuer's keys, when discovery is not wanted. */
        private String jwkSetUri;
        /** The claim holding the caller's roles; dots walk into objects (realm_access.roles). */
        private String rolesClaim = "roles";
        /** The audience tokens must name ("aud"), if any. */
        private String audience;

        public boolean isEnabled() {
            return issuerUri != null && !issuerUri.isBlank() || jwkSetUri != null && !jwkSetUri.isBlank();
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }
    }
}

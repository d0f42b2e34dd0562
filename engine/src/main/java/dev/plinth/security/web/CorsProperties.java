package dev.plinth.security.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which web pages on other origins may call the API from a browser ({@code plinth.cors.*}, {@code PLINTH_CORS_*}).
 * None by default: a browser lets only pages Plinth serves itself read its answers.
 */
@ConfigurationProperties("plinth.cors")
public class CorsProperties {

    /**
     * The origins ({@code https://app.example.com}, {@code https://*.example.com}, {@code http://localhost:[*]}) whose
     * pages may call {@code /api/**} and {@code /auth/**}, or {@code *} for any.
     */
    private List<String> allowedOrigins = new ArrayList<>();
    /** How long a browser may keep a preflight's answer. */
    private Duration maxAge = Duration.ofHours(1);

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public Duration getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }
}

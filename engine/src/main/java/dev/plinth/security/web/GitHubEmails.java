package dev.plinth.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * GitHub's user has no verified flag on its email; the verified addresses come from {@code GET /user/emails}
 * (scope {@code user:email}). Plinth uses the primary one, if it is verified.
 */
final class GitHubEmails {

    static final String EMAILS = "https://api.github.com/user/emails";
    private static final RestClient HTTP = RestClient.create();

    private GitHubEmails() {
    }

    static boolean isGitHub(ClientRegistration registration) {
        String userInfo = registration.getProviderDetails().getUserInfoEndpoint().getUri();
        return userInfo != null && userInfo.startsWith("https://api.github.com/");
    }

    static Optional<String> primaryVerified(OAuth2UserRequest request) {
        try {
            JsonNode emails = HTTP.get().uri(EMAILS)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + request.getAccessToken().getTokenValue())
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
            if (emails != null) {
                for (JsonNode email : emails) {
                    if (email.path("primary").asBoolean() && email.path("verified").asBoolean()) {
                        return Optional.of(email.path("email").asText());
                    }
                }
            }
        } catch (RestClientException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

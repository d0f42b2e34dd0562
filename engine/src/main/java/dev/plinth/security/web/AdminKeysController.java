package dev.plinth.security.web;

import dev.plinth.security.token.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/api/keys}: create an API key (its secret shown in this one response only), list keys (never their
 * secrets), revoke one. Admins only (the filter chain sees to it).
 */
@RestController
@RequestMapping("/admin/api/keys")
class AdminKeysController {

    static final int MAX_NAME_LENGTH = 200;

    record NewKey(String name, List<String> roles, OffsetDateTime expiresAt) {
    }

    private final ApiKeys keys;

    AdminKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody NewKey body, HttpServletRequest request) {
        if (body.name() == null || body.name().isBlank() || body.name().length() > MAX_NAME_LENGTH) {
            throw AuthException.invalid("api-key.invalid-name", "an API key needs a name of 1 to " + MAX_NAME_LENGTH
                    + " characters");
        }
        if (body.expiresAt() != null && !body.expiresAt().isAfter(OffsetDateTime.now())) {
            throw AuthException.invalid("api-key.invalid-expiry", "expiresAt must be in the future");
        }
        ApiKeys.Created created = keys.create(body.name().strip(), AdminUsersController.roles(body.roles() == null
                ? List.of() : body.roles()), body.expiresAt(), AdminUsersController.adminId(request));
        Map<String, Object> json = view(created.key());
        json.put("key", created.secret());
        return ResponseEntity.created(URI.create("/admin/api/keys/" + created.key().id())).body(json);
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", keys.list().stream().map(AdminKeysController::view).toList());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        if (!keys.revoke(id)) {
            throw new AuthException(HttpStatus.NOT_FOUND, "api-key.not-found", "there is no such API key");
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> view(ApiKeys.ApiKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", key.id());
        json.put("name", key.name());
        json.put("prefix", ApiKeys.MARK + key.prefix());
        json.put("roles", key.roles());
        json.put("createdAt", key.createdAt());
        json.put("createdBy", key.createdBy());
        json.put("expiresAt", key.expiresAt());
        json.put("revokedAt", key.revokedAt());
        return json;
    }
}

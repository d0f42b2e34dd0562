package dev.plinth.admin.users;

import dev.plinth.security.token.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API keys: the list (never a secret), the form that creates one, whose answer shows the secret once, and revoking
 * one after a confirmation page.
 */
@Controller
class KeysController {

    /** The longest key name, as the admin API allows. */
    static final int MAX_NAME_LENGTH = 200;
    /** A key chosen to expire on a day works until the last minute of it, in UTC. */
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private final ApiKeys keys;
    private final Accounts accounts;

    KeysController(ApiKeys keys, Accounts accounts) {
        this.keys = keys;
        this.accounts = accounts;
    }

    @GetMapping("/admin/keys")
    String list(Model page) {
        return render(page, "", List.of(), "", InputErrors.none());
    }

    @PostMapping("/admin/keys/new")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "") String expires, HttpServletRequest request,
                  HttpServletResponse response, Model page) {
        List<String> chosen = roles == null ? List.of() : roles;
        ApiKeys.Created created;
        try {
            String trimmed = name.strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
                throw new AccountException("name", "give the key a name of 1 to " + MAX_NAME_LENGTH
                        + " characters, such as the service that uses it");
            }
            created = keys.create(trimmed, Accounts.assignable(chosen), expiry(expires),
                    UsersController.by(request));
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(page, name, chosen, expires, InputErrors.of(e));
        }
        response.setHeader("Cache-Control", "no-store");
        page.addAttribute("section", "users");
        page.addAttribute("key", created.key());
        page.addAttribute("secret", created.secret());
        return "admin/users/key-created";
    }

    @GetMapping("/admin/keys/{id}/revoke")
    String confirmRevoke(@PathVariable UUID id, Model page) {
        page.addAttribute("section", "users");
        page.addAttribute("key", key(id));
        return "admin/users/key-revoke";
    }

    @PostMapping("/admin/keys/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        ApiKeys.ApiKey key = key(id);
        keys.revoke(id);
        redirect.addFlashAttribute("flash", "Revoked the key " + key.name() + ": it no longer works.");
        return "redirect:/admin/keys";
    }

    private ApiKeys.ApiKey key(UUID id) {
        return keys.byId(id).orElseThrow(() -> new NotFoundException("There is no such API key."));
    }

    /** The last minute of the chosen day in UTC, or {@code null} for a key that does not expire. */
    private static OffsetDateTime expiry(String date) {
        if (date.isBlank()) {
            return null;
        }
        OffsetDateTime end;
        try {
            end = LocalDate.parse(date.strip()).atTime(LAST_MINUTE).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new AccountException("expires", "give the day as year-month-day, such as 2030-12-31");
        }
        if (!end.isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new AccountException("expires", "the key would have expired already; choose today or a later day");
        }
        return end;
    }

    private String render(Model page, String name, List<String> roles, String expires, InputErrors errors) {
        page.addAttribute("section", "users");
        page.addAttribute("keys", keys.list());
        page.addAttribute("mark", ApiKeys.MARK);
        page.addAttribute("name", name);
        page.addAttribute("roles", roles);
        page.addAttribute("roleChoices", accounts.roleChoices(roles));
        page.addAttribute("expires", expires);
        page.addAttribute("errors", errors);
        page.addAttribute("topErrors", errors.general(List.of("name", "roles", "expires")));
        return "admin/users/keys";
    }
}

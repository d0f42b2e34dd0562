package dev.plinth.admin.users;

import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.User;
import dev.plinth.security.web.IdentityAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * The users: a list, a form that creates one, and a page per user to change their name and roles, enable or disable
 * them and reset their password. A password Plinth generates is shown on the page answering the form, once.
 */
@Controller
class UsersController {

    /** Users per page of the list. */
    static final int PAGE_SIZE = 50;

    private final Accounts accounts;

    UsersController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "0") int offset, Model page) {
        int start = Math.max(0, offset);
        int total = accounts.count();
        page.addAttribute("section", "users");
        page.addAttribute("users", accounts.page(start, PAGE_SIZE));
        page.addAttribute("total", total);
        page.addAttribute("previous", start > 0 ? Math.max(0, start - PAGE_SIZE) : null);
        page.addAttribute("next", start + PAGE_SIZE < total ? start + PAGE_SIZE : null);
        return "admin/users/list";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model page) {
        return form(page, "", "", List.of(), InputErrors.none());
    }

    @PostMapping("/admin/users/new")
    String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, Model page,
                  RedirectAttributes redirect) {
        List<String> chosen = roles == null ? List.of() : roles;
        Accounts.Created created;
        try {
            created = accounts.create(email, displayName, chosen, password, by(request));
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(page, email, displayName, chosen, InputErrors.of(e));
        }
        if (created.generatedPassword() == null) {
            redirect.addFlashAttribute("flash", "Created " + created.user().email() + ".");
            return "redirect:/admin/users/" + created.user().id();
        }
        return secret(page, response, created.user(), created.generatedPassword(), "Created "
                + created.user().email() + ".");
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable UUID id, Model page) {
        User user = accounts.user(id);
        return user(page, user, user.displayName() == null ? "" : user.displayName(), user.roles(),
                InputErrors.none());
    }

    @PostMapping("/admin/users/{id}")
    String change(@PathVariable UUID id, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) List<String> roles, HttpServletRequest request,
                  HttpServletResponse response, Model page, RedirectAttributes redirect) {
        List<String> chosen = roles == null ? List.of() : roles;
        try {
            User user = accounts.change(id, displayName, chosen, by(request));
            redirect.addFlashAttribute("flash", "Saved " + user.email() + ": roles "
                    + (user.roles().isEmpty() ? "none" : String.join(", ", user.roles())) + ".");
            return "redirect:/admin/users/" + id;
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return user(page, accounts.user(id), displayName, chosen, InputErrors.of(e));
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            User user = accounts.enable(id, enabled, by(request));
            redirect.addFlashAttribute("flash", user.email() + (enabled ? " may sign in again."
                    : " is disabled: they cannot sign in, and their sessions elsewhere have ended."));
        } catch (AccountException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
                         HttpServletRequest request, HttpServletResponse response, Model page,
                         RedirectAttributes redirect) {
        User user = accounts.user(id);
        String generated;
        try {
            generated = accounts.resetPassword(id, password, by(request));
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return user(page, user, user.displayName() == null ? "" : user.displayName(), user.roles(),
                    InputErrors.of(e));
        }
        if (generated == null) {
            redirect.addFlashAttribute("flash", "The password of " + user.email() + " is changed; their sessions"
                    + " elsewhere have ended.");
            return "redirect:/admin/users/" + id;
        }
        return secret(page, response, user, generated, "The password of " + user.email() + " is reset.");
    }

    private String form(Model page, String email, String displayName, List<String> roles, InputErrors errors) {
        page.addAttribute("section", "users");
        page.addAttribute("email", email);
        page.addAttribute("displayName", displayName);
        page.addAttribute("roles", roles);
        page.addAttribute("roleChoices", accounts.roleChoices(roles));
        page.addAttribute("errors", errors);
        page.addAttribute("topErrors", errors.general(List.of("email", "displayName", "roles", "password")));
        return "admin/users/new";
    }

    private String user(Model page, User user, String displayName, List<String> roles, InputErrors errors) {
        page.addAttribute("section", "users");
        page.addAttribute("user", user);
        page.addAttribute("displayName", displayName);
        page.addAttribute("roles", roles);
        page.addAttribute("roleChoices", accounts.roleChoices(roles));
        page.addAttribute("errors", errors);
        page.addAttribute("topErrors", errors.general(List.of("displayName", "roles", "password")));
        return "admin/users/user";
    }

    /** The page showing a generated password, once; it must not be kept by the browser or a proxy. */
    private static String secret(Model page, HttpServletResponse response, User user, String password, String done) {
        response.setHeader("Cache-Control", "no-store");
        page.addAttribute("section", "users");
        page.addAttribute("user", user);
        page.addAttribute("password", password);
        page.addAttribute("done", done);
        return "admin/users/password";
    }

    /** The admin making the change, or {@code null} when it is not a user. */
    static UUID by(HttpServletRequest request) {
        return IdentityAuthentication.of(request).map(Identity::userId).orElse(null);
    }
}

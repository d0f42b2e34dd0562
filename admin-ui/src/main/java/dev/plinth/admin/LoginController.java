package dev.plinth.admin;

import dev.plinth.security.identity.LoginRefusedException;
import dev.plinth.security.identity.PasswordLogin;
import dev.plinth.security.identity.User;
import dev.plinth.security.web.IdentityAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in to the admin pages with email and password, or with a configured OAuth2 provider; signing out. */
@Controller
class LoginController {

    private final PasswordLogin login;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    LoginController(PasswordLogin login, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.login = login;
        this.registrations = registrations;
    }

    /** A provider button: its name and where it starts the sign-in. */
    record Provider(String name, String url) {
    }

    @GetMapping(AdminSecurity.LOGIN)
    String page(@RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("providers", providers());
        if (signedOut != null) {
            model.addAttribute("flash", "You are signed out.");
        }
        return "admin/login";
    }

    @PostMapping(AdminSecurity.LOGIN)
    String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        User user;
        try {
            user = login.signIn(email, password, request.getRemoteAddr());
        } catch (LoginRefusedException e) {
            response.setStatus(e.retryAfter() == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("providers", providers());
            model.addAttribute("email", email);
            model.addAttribute("flashError", e.getMessage());
            return "admin/login";
        }
        if (!user.isAdmin()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("providers", providers());
            model.addAttribute("flashError", "Only administrators may use these pages.");
            return "admin/login";
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IdentityAuthentication(user.identity(), IdentityAuthentication.Source.SESSION));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:/admin";
    }

    @PostMapping("/admin/logout")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:" + AdminSecurity.LOGIN + "?signedOut";
    }

    private List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
        return providers;
    }
}

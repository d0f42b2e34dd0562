package dev.plinth.admin;

import dev.plinth.security.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who may use the admin pages: people signed in with the admin role, through the sign-in page or an OAuth2
 * provider. A browser session (it expires after {@code server.servlet.session.timeout}, 30 minutes idle by default),
 * CSRF tokens on every form, and a redirect to the sign-in page for anyone else.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

    static final String LOGIN = "/admin/login";

    /** After the engine's chains for the API (10) and for /auth and /admin/api (20), before its catch-all (100). */
    @Bean
    @Order(30)
    SecurityFilterChain adminPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/admin/static/**").permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)));
        return http.build();
    }
}

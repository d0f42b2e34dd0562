package dev.plinth.security.web;

import dev.plinth.schema.ActiveModel;
import dev.plinth.security.identity.PasswordLogin;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.ApiKeys;
import dev.plinth.security.token.Credentials;
import dev.plinth.security.token.ExternalAccounts;
import dev.plinth.security.token.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Three filter chains, first match wins:
 * <ol>
 *   <li>{@code /api/**}: stateless. A bearer JWT or an API key, or nobody (anonymous); what each may do is the
 *   access policy's business, applied inside the queries. No session, no CSRF (no cookies are read).</li>
 *   <li>{@code /auth/**}, {@code /admin/api/**} and the OAuth2 login ({@code /oauth2/**}, {@code /login/oauth2/**}):
 *   the same credentials, or a session made by an OAuth2 login. CSRF is checked for changes that rely on the
 *   session cookie: the token is in the {@code XSRF-TOKEN} cookie and goes back in the {@code X-XSRF-TOKEN} header;
 *   requests without a session, requests with a bearer token or API key, and the sign-in endpoints that take their
 *   credential in the body are exempt. {@code /admin/api/**} needs the admin role.</li>
 *   <li>Everything else: the health and info probes, the Prometheus scrape endpoint, the API documentation page and
 *   error pages are open; the rest needs the admin role (deny by default).</li>
 * </ol>
 * Pages on the origins {@code plinth.cors.allowed-origins} names may call {@code /api/**} and {@code /auth/**} from a
 * browser ({@link BrowserOrigins}); nothing else answers other origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(CorsProperties.class)
@Import(IdentityConfiguration.class)
public class WebSecurityConfiguration {

    static final String[] BROWSER_PATHS = {"/auth/**", "/admin/api/**", "/oauth2/**", "/login/oauth2/**"};
    /** Endpoints that take their credential in the body and read no cookie, so a forged request gains nothing. */
    static final String[] BODY_CREDENTIAL_PATHS = {"/auth/login", "/auth/session", "/auth/refresh", "/auth/signup",
        "/auth/logout"};
    /**
     * Open to anyone. {@code /actuator/prometheus} too, because scrapers carry no token: it tells request counts and
     * timings by entity, never data, and deployments keep {@code /actuator} off their public routes
     * (docs/deploying.md). Browsing meters one by one at {@code /actuator/metrics} needs the admin role.
     */
    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
        "/actuator/prometheus", "/plinth-api-docs/**", "/webjars/**", "/error", "/favicon.ico"};

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final ProblemWriter PROBLEMS = new ProblemWriter();

    @Bean
    @Order(10)
    SecurityFilterChain apiChain(HttpSecurity http, Credentials credentials, CorsProperties cors) throws Exception {
        BrowserOrigins.filter(cors).ifPresent(http::addFilter);
        stateless(http.securityMatcher("/api/**"))
                .addFilterBefore(new CredentialFilter(credentials, null), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain browserChain(HttpSecurity http, Credentials credentials, Users users,
                                     ObjectProvider<ClientRegistrationRepository> registrations, OAuth2Login login,
                                     CorsProperties cors) throws Exception {
        BrowserOrigins.filter(cors).ifPresent(http::addFilter);
        sessions(http.securityMatcher(BROWSER_PATHS), credentials, users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/api/**").hasRole(Roles.ADMIN)
                        .anyRequest().permitAll());
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oauth2 -> oauth2
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(login.oidcUsers()).userService(login.oauth2Users()))
                    .successHandler(login.success())
                    .failureHandler(login.failure()));
        }
        return http.build();
    }

    @Bean
    @Order(100)
    SecurityFilterChain restChain(HttpSecurity http, Credentials credentials, Users users) throws Exception {
        sessions(http, credentials, users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN));
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return common(http)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable);
    }

    private static HttpSecurity sessions(HttpSecurity http, Credentials credentials, Users users) throws Exception {
        return common(http)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(WebSecurityConfiguration::reliesOnSessionCookie)
                        .ignoringRequestMatchers(BODY_CREDENTIAL_PATHS))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new CredentialFilter(credentials, users), AnonymousAuthenticationFilter.class);
    }

    private static HttpSecurity common(HttpSecurity http) throws Exception {
        return http
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS));
    }

    /**
     * Whether a forged request could borrow the browser's session: a change (not GET, HEAD, OPTIONS or TRACE) sent
     * with a session cookie and without a bearer token or API key, which a browser never adds on its own.
     */
    private static boolean reliesOnSessionCookie(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestedSessionId() != null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader(Credentials.API_KEY_HEADER) == null;
    }

    /**
     * No Micrometer observation around each security filter and authorization decision: the request as a whole is
     * measured already, and wrapping every filter of every request in observations cost about a tenth of the CPU of
     * a single-row read (profiled with the benchmark's {@code get}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The firewall's refusals as problems; Spring Security's own handler sends a bare 400 to the error page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RequestRefusals();
    }

    /** Tomcat's own refusals, before any filter runs, as problems too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> ProblemReportValve.install(context.getParent()));
    }

    /** Before Spring Security's filters, which read API keys and sessions' users from the database too. */
    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter() {
        FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(new OutageFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    OAuth2Login oauth2Login(ExternalAccounts accounts, Users users, PlinthSecurityProperties properties) {
        return new OAuth2Login(accounts, users, properties.getLoginSuccessUrl());
    }

    @Bean
    AuthController authController(PasswordLogin login, Tokens tokens, Users users, Passwords passwords,
                                  ActiveModel model) {
        return new AuthController(login, tokens, users, passwords, model);
    }

    @Bean
    AdminUsersController adminUsersController(Users users, Passwords passwords, Tokens tokens) {
        return new AdminUsersController(users, passwords, tokens);
    }

    @Bean
    AdminKeysController adminKeysController(ApiKeys keys) {
        return new AdminKeysController(keys);
    }

    @Bean
    ExplainController explainController(ActiveModel model) {
        return new ExplainController(model);
    }

    @Bean
    AuthProblems authProblems() {
        return new AuthProblems();
    }
}

/**
 * Plinth's security over HTTP, with Spring Security: the filter chains (stateless for {@code /api/**}; session
 * capable for {@code /auth/**}, {@code /admin/api/**} and the OAuth2 login; deny by default for the rest), the
 * filter that turns a request's credential into an {@link dev.plinth.security.identity.Identity}, the
 * {@code /auth} endpoints (sign in, refresh, sign out, sign up, who am I, session to tokens), the admin endpoints
 * for users and API keys, the OAuth2 / OIDC login, cross-origin calls from browsers to the API (CORS), and the
 * {@code application/problem+json} refusals.
 *
 * <p>Settings: {@link dev.plinth.security.web.PlinthSecurityProperties} ({@code plinth.security.*}),
 * {@link dev.plinth.security.web.AdminProperties} ({@code plinth.admin.*}) and
 * {@link dev.plinth.security.web.CorsProperties} ({@code plinth.cors.*}). OAuth2 providers are configured with
 * Spring Boot's own {@code spring.security.oauth2.client.*} properties.
 */
package dev.plinth.security.web;

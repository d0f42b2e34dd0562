/**
 * Users and API keys at {@code /admin/users} and {@code /admin/keys}: create a user (with a password typed or
 * generated), change their roles, enable or disable them, reset their password; create an API key, revoke one.
 *
 * <p>The same engine services as the admin API ({@code /admin/api/users}, {@code /admin/api/keys}) do the work:
 * {@link dev.plinth.security.identity.Users}, {@link dev.plinth.security.identity.Passwords},
 * {@link dev.plinth.security.token.Tokens} and {@link dev.plinth.security.token.ApiKeys}, with the same rules
 * ({@link dev.plinth.admin.users.Accounts}). A password or key secret is shown once, on the page answering the form
 * that made it, and never logged or shown again.
 */
package dev.plinth.admin.users;

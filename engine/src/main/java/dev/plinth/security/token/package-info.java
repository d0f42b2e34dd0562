/**
 * Credentials that prove an identity on every request, and their life: Plinth's own access tokens (HS256 JWTs),
 * JWTs from an external OpenID Connect issuer, refresh tokens (stored as hashes, rotated on use, a reused one
 * revoking its whole family) and API keys (shown once, stored as hashes). {@link dev.plinth.security.token.Credentials}
 * turns the headers of a request into an {@link dev.plinth.security.identity.Identity}, or refuses them.
 */
package dev.plinth.security.token;

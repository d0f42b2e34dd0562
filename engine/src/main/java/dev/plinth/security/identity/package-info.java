/**
 * Who is calling: Plinth's users (kept in {@code plinth_user}, passwords only as hashes), the first administrator,
 * password sign-in with its throttle, the {@link dev.plinth.security.identity.Identity} of a signed-in caller and the
 * roles it holds, and the {@link dev.plinth.security.identity.AccessPolicy} that turns those roles into what the
 * caller may do.
 *
 * <p>Nothing here knows HTTP; {@code dev.plinth.security.web} puts it behind endpoints and filters.
 */
package dev.plinth.security.identity;

/**
 * Permissions: the rules of a model's roles enforced on every request, inside the SQL of the query stages.
 *
 * <p>{@link dev.plinth.security.Permissions#of} checks and compiles the rules of one model version once: each
 * {@code where} and {@code check} through the one filter language ({@link dev.plinth.query.filter.Filters}), each
 * field list into sets, each preset through its field's type. {@link dev.plinth.security.Permissions#access} gives a
 * request an {@link dev.plinth.query.Access} for its caller's roles and variables; the read and write stages ask it
 * for the rows of every entity they touch (the root, each expansion, each filter and sort path, each written row),
 * for the members a caller may read and write, for presets and for checks. Deny by default; any rule that allows,
 * allows; {@code admin} may do everything.
 *
 * <p>{@link dev.plinth.security.RoleRuleCheck} reports rules that do not fit the model where model folders are
 * validated; {@link dev.plinth.security.Permissions#explain} says what a role may do and why, for the admin UI.
 * Users, sign-in and tokens live elsewhere: they decide the caller's roles and variables and call
 * {@code Permissions.access}.
 */
package dev.plinth.security;

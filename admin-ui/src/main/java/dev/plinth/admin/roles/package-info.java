/**
 * Roles and permissions at {@code /admin/roles}: a matrix of every role against every entity and action, read from
 * the engine's own explanation ({@link dev.plinth.security.Permissions#explain}), and a page per cell that edits the
 * role's rules on that entity without showing JSON: actions, a row filter (a builder or an expression in the one
 * filter language), the fields it may read and write, presets and a check.
 *
 * <p>A saved rule is a draft like any design change ({@link dev.plinth.admin.Drafts}): it is checked by the engine
 * ({@link dev.plinth.admin.roles.RoleCheck}) and, when it has no problems, reviewed and applied on the plan page,
 * which writes the role's file back to the model folder.
 */
package dev.plinth.admin.roles;

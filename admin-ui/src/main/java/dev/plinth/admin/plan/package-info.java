/**
 * Preview before apply, at {@code /admin/plan}: the session's draft (see {@link dev.plinth.admin.Drafts}) as the
 * schema engine plans it, each change marked safe or destructive with its SQL, and the blockers if any. Safe changes
 * apply with one button; destructive ones only with a confirmation that names what will be lost. A draft made from
 * an older applied version is stale and cannot be applied: the person redoes the change.
 */
package dev.plinth.admin.plan;

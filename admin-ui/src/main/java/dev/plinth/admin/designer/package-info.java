/**
 * The entity designer at {@code /admin/entities}: a person who never sees JSON creates entities, adds, edits,
 * reorders, renames and removes fields, and picks indexes and unique constraints.
 *
 * <p>Every change is a pure function of the applied model ({@link dev.plinth.admin.designer.EntityChanges},
 * {@link dev.plinth.admin.designer.FieldChanges}); the result is checked with the engine's own rules
 * ({@link dev.plinth.admin.designer.DesignCheck}), each problem shown next to the input it is about
 * ({@link dev.plinth.admin.designer.FormErrors}), and a clean result becomes the session's draft, reviewed and
 * applied on the plan page ({@code dev.plinth.admin.plan}). Renames keep ids, so the database renames rather than
 * drops.
 */
package dev.plinth.admin.designer;

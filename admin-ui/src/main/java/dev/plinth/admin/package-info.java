/**
 * The admin UI at {@code /admin}: server-rendered with Thymeleaf from one layout ({@code templates/admin/layout.html})
 * and one input fragment per field type, chosen by the type itself ({@link dev.plinth.model.type.FieldType#widget()}).
 *
 * <p>Sections, one sub-package each: {@code designer} (entities and fields, then the plan before apply), {@code data}
 * (browse and edit rows, CSV), {@code roles} (the permission matrix), {@code users} (users and API keys),
 * {@code history} (applied versions, diffs, zip export). Every design change goes through {@link
 * dev.plinth.admin.ModelEditor}: a draft model, its plan, then apply and write back to the model folder.
 */
package dev.plinth.admin;

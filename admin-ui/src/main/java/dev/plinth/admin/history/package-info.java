/**
 * Model history at {@code /admin/history}: every applied version with who, when and what it changed; one version's
 * files; a line diff between any two versions, file by file, of the files Plinth would write for each ({@link
 * dev.plinth.admin.history.ModelFiles}, {@link dev.plinth.admin.history.LineDiff}); and the current model as a zip of
 * its JSON files, laid out as a model folder.
 */
package dev.plinth.admin.history;

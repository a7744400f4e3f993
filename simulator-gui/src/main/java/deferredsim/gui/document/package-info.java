/**
 * The scenario as a document: which file it came from, whether it has unsaved changes, opening and
 * saving the same {@code deferred-scenario/1} files the terminal reads ({@link
 * deferredsim.gui.document.DocumentViewModel}), the recent-files list ({@link
 * deferredsim.gui.document.RecentFiles}) and the autosave that brings work back after a crash or a
 * kill ({@link deferredsim.gui.document.Autosave}). Everything is kept under {@link
 * deferredsim.gui.document.AppDirs}.
 */
package deferredsim.gui.document;

/**
 * The chain editor. {@link deferredsim.gui.editor.EditorViewModel} holds the scenario as the
 * learner types it ({@link deferredsim.gui.editor.DeferredDraft}s with their {@link
 * deferredsim.gui.editor.PairDraft}s, and {@link deferredsim.gui.editor.ActionDraft}s), checks it
 * on every change and publishes either a valid {@link deferredsim.core.scenario.Scenario} or the
 * problems, each attached to the field it is about.
 *
 * <p>The editor never re-implements the scenario rules: stage fields are checked with {@code
 * MemberSpec.parse}, and the whole scenario by writing the drafts as scenario JSON ({@link
 * deferredsim.gui.editor.DraftJson}) and reading it back with {@code ScenarioReader}, whose
 * message and JSON path say which field is wrong. The same JSON, read leniently by {@link
 * deferredsim.gui.editor.DraftReader}, is what autosave keeps, so even half-typed work comes back.
 */
package deferredsim.gui.editor;

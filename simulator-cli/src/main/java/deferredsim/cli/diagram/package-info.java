/**
 * The terminal's pictures of a whole scenario run, beyond the classic diagram: pure renderers from
 * a {@link deferredsim.core.scenario.Scenario} and its {@link deferredsim.core.recording.Recording}
 * to {@link deferredsim.cli.text.StyledLine}s, with no terminal library.
 *
 * <ul>
 *   <li>{@link deferredsim.cli.diagram.ScenarioDiagram}: every deferred as a lane of pair boxes,
 *       inner deferreds beside the outer ones that wait for them, lists with their members,
 *       generators with their steps, timed actions where they happened.
 *   <li>{@link deferredsim.cli.diagram.Timeline}: the virtual clock, one row per event, grouped by
 *       time, with a marker.
 *   <li>{@link deferredsim.cli.diagram.Stepper}: a position in the recording and the frame for it:
 *       the diagram as of then, the timeline under it, and the event in one sentence.
 * </ul>
 *
 * <p>Overview: {@code SceneBuilder} folds the recording once into {@code Column}s whose every fact
 * carries the index of the event that made it true; {@code Layout} and {@code ColumnPlacer} place
 * the lanes once, for a terminal width, as {@code Mark}s; a {@code Drawing} paints the marks
 * visible at a position. Values and outcomes are read from the recording only: nothing here
 * re-implements how a Deferred fires, and nothing re-runs the engine to step back.
 */
package deferredsim.cli.diagram;

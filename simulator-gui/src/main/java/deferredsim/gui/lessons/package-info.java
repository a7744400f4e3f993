/**
 * The lessons panel beside the lanes: the nineteen lessons with the learner's progress, the
 * selected lesson's objectives, text, scenarios and checkpoints, and its exercises answered in the
 * panel (check, hints one at a time, and "show me where" a wrong prediction parts from the run).
 *
 * <p>{@link deferredsim.gui.lessons.LessonsViewModel} and {@link
 * deferredsim.gui.lessons.ExerciseViewModel} hold the state and intents without a toolkit; {@link
 * deferredsim.gui.lessons.LessonsController} ({@code lessons.fxml}) lays the panel out and {@link
 * deferredsim.gui.lessons.MarkdownNodes} turns lesson Markdown into text nodes. Opening a scenario
 * goes through a {@link deferredsim.gui.lessons.LessonsViewModel.Opener} the window supplies.
 */
package deferredsim.gui.lessons;

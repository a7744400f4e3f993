/**
 * Lessons after the Parts of "An Introduction to Asynchronous Programming and Twisted", as data
 * the terminal and the window share.
 *
 * <p>{@link deferredsim.lessons.LessonCatalog#load()} reads every lesson from the class path into
 * {@link deferredsim.lessons.Lesson}s: objectives, text sections, {@link
 * deferredsim.lessons.LessonScenario scenarios} to run (Deferred scenarios, the reactor model's
 * scenarios of Parts 1-8, and recordings of real Twisted programs), checked {@link
 * deferredsim.lessons.Exercise exercises} and {@link deferredsim.lessons.Checkpoint checkpoints}.
 * An exercise's {@link deferredsim.lessons.Exercise#check(String) check} runs the engine and returns
 * a {@link deferredsim.lessons.Verdict}: right or wrong, why, and the event of the recording where a
 * wrong prediction first fails, so a view can step there. No answer lives in code: each exercise
 * file stores one, and {@link deferredsim.lessons.LessonCatalog#verify()} (run by the build)
 * checks that the engine agrees.
 *
 * <p>Related packages: {@link deferredsim.lessons.progress} keeps which exercises a learner has
 * solved; {@link deferredsim.lessons.text} turns lesson Markdown into terminal lines.
 */
package deferredsim.lessons;

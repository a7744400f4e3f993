/**
 * A learner's progress through the exercises, kept in {@code ~/.deferred-sim/progress.json}.
 *
 * <p>{@link deferredsim.lessons.progress.ProgressStore} reads and writes the file and never loses
 * it: a corrupt file is set aside under a new name and reported, an unreadable one is left alone;
 * {@link deferredsim.lessons.progress.Progress} is the immutable snapshot views display.
 */
package deferredsim.lessons.progress;

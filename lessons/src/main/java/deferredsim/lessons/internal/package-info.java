/**
 * How lessons are read and exercises checked; not for use outside this module.
 *
 * <p>{@link deferredsim.lessons.internal.LessonReader} reads {@code index.txt}, each lesson's
 * {@code lesson.json}, {@code lesson.md}, scenario files and {@code exercises.json}, reporting the
 * first problem with its file, line, column and JSON path ({@link
 * deferredsim.lessons.internal.Node}).
 *
 * <p>One class per exercise kind compares a learner's answer with the run, and everything it knows
 * about the run comes from the scenario's {@link deferredsim.core.reading.Reading}: where each
 * deferred stands, its beats, each event's sentence. {@code HeldTrail} follows what a deferred
 * held to find where a wrong belief first fails, {@code Causes} finds what led to a stage's run,
 * {@code Outcomes} how a deferred ends, and {@code Telling} writes a verdict with the Reading's
 * sentences, so that it uses the words the terminal and the window show for the same events.
 * Exercises pick events with a {@code Selector}: an {@code EventSelector} for a Deferred's events
 * (its beats), or a {@code TracePattern} that matches canonical trace lines by their fields, the
 * only place trace text is looked at.
 */
package deferredsim.lessons.internal;

/**
 * How lessons are read and exercises checked; not for use outside this module.
 *
 * <p>{@link deferredsim.lessons.internal.LessonReader} reads {@code index.txt}, each lesson's
 * {@code lesson.json}, {@code lesson.md}, scenario files and {@code exercises.json}, reporting the
 * first problem with its file, line, column and JSON path ({@link
 * deferredsim.lessons.internal.Node}). One class per exercise kind compares a learner's answer with
 * the engine's recording; {@code ValueTrail} follows a deferred's results through a recording to
 * find where a wrong belief first fails, and {@link deferredsim.lessons.internal.EventWords} puts
 * events into words for verdicts (reactor events through {@code ReactorWords}). Exercises pick
 * events with a {@code Selector}: an {@code EventSelector} for a Deferred's events, or a {@code
 * TracePattern} that matches trace lines by their fields.
 */
package deferredsim.lessons.internal;

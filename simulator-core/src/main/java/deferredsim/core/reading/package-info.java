/**
 * One reading of a recording, for every view: what each event means, in a sentence that gives the
 * Twisted rule behind it, and where every deferred stands at any point of the run.
 *
 * <p>A {@link deferredsim.core.reading.Reading} is built once from a {@link
 * deferredsim.core.recording.Recording}; the terminal's diagrams, stepper and explanations, the
 * window's lanes, status line and timeline, and the lessons' feedback all read it instead of
 * interpreting the raw events themselves, so they tell the same story. Positions in a run are
 * {@link deferredsim.core.reading.Playhead}s.
 */
package deferredsim.core.reading;

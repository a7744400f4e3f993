/**
 * The lanes: every deferred drawn as a callback lane and an errback lane side by side, one box per
 * stage with the value in and out, and a token carrying the result down the chain.
 *
 * <p>{@link deferredsim.gui.lanes.LaneIndex} reads a recording once into {@link
 * deferredsim.gui.lanes.Column}s, each with a {@link deferredsim.gui.lanes.ColumnHistory} that
 * answers "what did this deferred look like after the first {@code p} events" by binary search,
 * forward or backward, without re-running anything. {@link deferredsim.gui.lanes.LanesViewModel}
 * follows the playback position; {@link deferredsim.gui.lanes.LanesView} draws only the visible
 * rows on a canvas, so a 100,000-stage chain scrolls as lightly as a short one.
 */
package deferredsim.gui.lanes;

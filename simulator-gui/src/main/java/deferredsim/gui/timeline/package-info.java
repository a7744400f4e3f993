/**
 * The live reactor timeline under the lanes: the virtual clock's axis with every event of the
 * recording on it, one track per deferred plus one for the reactor's delayed calls, a playhead at
 * the playback position, and click-to-seek.
 *
 * <p>{@link deferredsim.gui.timeline.TimelineLayout} places events once per recording: events at
 * the same virtual time sit side by side in order, and a gap proportional to the time between them
 * (within limits) separates different times, so both order and time read off the axis. Kinds of
 * event the window does not know are drawn generically, at their time with their record's label.
 */
package deferredsim.gui.timeline;

package deferredsim.cli.reactor;

import deferredsim.core.reading.MomentKind;
import deferredsim.core.reading.Reading;
import java.util.EnumSet;
import java.util.Set;

/**
 * The timeline's log: one line per event, who did it and the reading's log line for it. Events
 * the charts already show in bulk (sends, reads, wake-ups, lane segments, the clock's own calls,
 * creations and passes over chains) are "details": told, but the view leaves them out unless
 * asked.
 */
final class EventLog {
    private static final Set<MomentKind> DETAILS = EnumSet.of(
            MomentKind.DATA,
            MomentKind.WAKE,
            MomentKind.SEGMENT,
            MomentKind.CREATE,
            MomentKind.PASS,
            MomentKind.RESUME,
            MomentKind.CLOCK);

    private EventLog() {}

    /** True for the events the log leaves out unless details are asked for. */
    static boolean isDetail(Reading reading, int index) {
        return DETAILS.contains(reading.kind(index));
    }

    /** The process (or deferred) an event belongs to, for the log's second column. */
    static String who(Reading reading, int index) {
        return reading.actor(index);
    }

    /** The event in words: the reading's log line for it. */
    static String describe(Reading reading, int index) {
        return reading.line(index);
    }
}

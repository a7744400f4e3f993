package deferredsim.cli.analysis;

import deferredsim.core.reading.MomentKind;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording told in sentences, one per event, in the reading's words ({@code t=0  d.callback('start')
 * is called; d's chain starts at stage 0 on the callback side.}), ending with where each deferred
 * stands. The clock's own bookkeeping (scheduling and running its calls) is left out: the events
 * those calls lead to are told instead. Times are left-aligned in a column as wide as the longest.
 */
public final class TraceText {
    private TraceText() {}

    /** The sentences for {@code recording}, in event order. */
    public static List<String> lines(Recording recording) {
        Reading reading = Reading.of(recording);
        List<Integer> told = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < reading.size(); i++) {
            if (reading.kind(i) != MomentKind.CLOCK) {
                told.add(i);
                width = Math.max(width, time(reading, i).length());
            }
        }
        List<String> lines = new ArrayList<>(told.size());
        for (int i : told) {
            String time = time(reading, i);
            lines.add(time + " ".repeat(width - time.length() + 2) + reading.sentenceWithoutTime(i));
        }
        return lines;
    }

    private static String time(Reading reading, int index) {
        return reading.kind(index) == MomentKind.END ? "end" : "t=" + reading.time(index);
    }
}

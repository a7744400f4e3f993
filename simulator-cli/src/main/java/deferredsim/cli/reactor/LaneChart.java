package deferredsim.cli.reactor;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Part 1's lanes: for each execution model, a header with its totals (once it finished) and one
 * bar per lane over time. A task's CPU shows as its initial, a WAIT as {@code .}, a thread that
 * could run but has no core as {@code ~}, an idle lane as {@code -}.
 */
final class LaneChart {
    static final String LEGEND = "A = task A on the CPU   . waiting for I/O   ~ ready, no free CPU   - idle";

    private LaneChart() {}

    static boolean applies(ReactorReading reactor) {
        return !reactor.models().isEmpty();
    }

    static List<String> render(ReactorReading reactor, Playhead at, Time now, TimeScale scale, int labelWidth) {
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        for (ReactorReading.Model model : reactor.models()) {
            ReactorReading.Totals done = model.totals();
            boolean finished = done != null && done.index() < at.position();
            lines.add(model.who()
                    + (finished
                            ? "   total " + done.total() + " s   CPU " + done.cpu() + " s   idle " + done.idle() + " s"
                            : "   running..."));
            for (ReactorReading.Lane lane : model.lanes()) {
                char[] row = scale.blank();
                for (ReactorReading.Span span : lane.spans()) {
                    if (span.visibleAt(at)) {
                        scale.fill(row, span.from(), span.until(), now, mark(span));
                    }
                }
                lines.add(Text.pad("  " + lane.name(), labelWidth) + "|" + new String(row).stripTrailing());
            }
        }
        lines.add(LEGEND);
        return lines;
    }

    private static char mark(ReactorReading.Span span) {
        if (span.activity() == SegmentKind.CPU) {
            return span.task() == null || span.task().isEmpty()
                    ? '#'
                    : span.task().charAt(0);
        }
        return switch (span.activity()) {
            case WAIT -> '.';
            case READY -> '~';
            default -> '-';
        };
    }
}

package deferredsim.cli.reactor;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1's lanes: for each execution model, a header with its totals (once it finished) and one
 * bar per lane over time. A task's CPU shows as its initial, a WAIT as {@code .}, a thread that
 * could run but has no core as {@code ~}, an idle lane as {@code -}.
 */
final class LaneChart {
    static final String LEGEND = "A = task A on the CPU   . waiting for I/O   ~ ready, no free CPU   - idle";

    private LaneChart() {}

    static boolean applies(List<SimEvent> all) {
        return all.stream().anyMatch(e -> e instanceof ExecutionEvents.Segment);
    }

    static List<String> render(List<SimEvent> all, List<SimEvent> seen, Time now, TimeScale scale, int labelWidth) {
        Map<String, Map<String, char[]>> models = new LinkedHashMap<>();
        Map<String, ExecutionEvents.ModelFinished> finished = new LinkedHashMap<>();
        for (SimEvent event : all) {
            if (event instanceof ExecutionEvents.ModelStarted) {
                ExecutionEvents.ModelStarted started = (ExecutionEvents.ModelStarted) event;
                Map<String, char[]> lanes = models.computeIfAbsent(started.who(), m -> new LinkedHashMap<>());
                started.lanes().forEach(lane -> lanes.put(lane, scale.blank()));
            } else if (event instanceof ExecutionEvents.Segment) {
                ExecutionEvents.Segment s = (ExecutionEvents.Segment) event;
                models.computeIfAbsent(s.who(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(s.lane(), l -> scale.blank());
            }
        }
        for (SimEvent event : seen) {
            if (event instanceof ExecutionEvents.Segment) {
                ExecutionEvents.Segment s = (ExecutionEvents.Segment) event;
                scale.fill(models.get(s.who()).get(s.lane()), s.time(), s.end(), now, mark(s));
            } else if (event instanceof ExecutionEvents.ModelFinished) {
                finished.put(((ExecutionEvents.ModelFinished) event).who(), (ExecutionEvents.ModelFinished) event);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        models.forEach((model, lanes) -> {
            ExecutionEvents.ModelFinished done = finished.get(model);
            lines.add(model
                    + (done == null
                            ? "   running..."
                            : "   total " + done.time() + " s   CPU " + done.cpu() + " s   idle " + done.idle()
                                    + " s"));
            lanes.forEach((lane, row) ->
                    lines.add(Text.pad("  " + lane, labelWidth) + "|" + new String(row).stripTrailing()));
        });
        lines.add(LEGEND);
        return lines;
    }

    private static char mark(ExecutionEvents.Segment s) {
        if (s.activity() == SegmentKind.CPU) {
            return s.task().isEmpty() ? '#' : s.task().charAt(0);
        }
        return s.activity() == SegmentKind.WAIT ? '.' : s.activity() == SegmentKind.READY ? '~' : '-';
    }
}

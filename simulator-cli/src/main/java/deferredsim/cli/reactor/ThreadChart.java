package deferredsim.cli.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts 3 and 8: for each process with a reactor, its thread (held by blocking code: {@code #})
 * and its timed calls: {@code o} where one ran on time, {@code v} where a late one was due and
 * {@code !} where it finally ran. A blocked thread and a run of {@code v ... !} is a late timer.
 */
final class ThreadChart {
    static final String LEGEND = "# thread blocked   o timer ran on time   v late timer due   ! late timer ran";

    private ThreadChart() {}

    static boolean applies(ReactorReading reactor) {
        return !reactor.reactors().isEmpty()
                && (!reactor.timers().isEmpty()
                        || reactor.threads().stream()
                                .anyMatch(t -> reactor.reactors().contains(t.who())));
    }

    static List<String> render(ReactorReading reactor, Playhead at, Time now, TimeScale scale, int labelWidth) {
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        for (String who : reactor.reactors()) {
            char[] thread = scale.blank();
            char[] timers = scale.blank();
            for (ReactorReading.ThreadTimeline timeline : reactor.threads()) {
                if (!timeline.who().equals(who)) {
                    continue;
                }
                for (ReactorReading.Span block : timeline.blocks()) {
                    if (block.visibleAt(at)) {
                        boolean ended =
                                block.until() != null && (block.endIndex() < 0 || block.endIndex() < at.position());
                        scale.fill(thread, block.from(), ended ? block.until() : now, now, '#');
                    }
                }
            }
            for (ReactorReading.Timer timer : reactor.timers()) {
                if (!timer.who().equals(who) || timer.ranIndex() < 0 || timer.ranIndex() >= at.position()) {
                    continue;
                }
                int ran = scale.column(timer.ran());
                if (ran == scale.column(timer.due())) {
                    timers[ran] = timers[ran] == '!' ? '!' : 'o';
                } else {
                    timers[scale.column(timer.due())] = 'v';
                    timers[ran] = '!';
                }
            }
            lines.add(who);
            lines.add(Text.pad("  thread", labelWidth) + "|" + new String(thread).stripTrailing());
            lines.add(Text.pad("  timers", labelWidth) + "|" + new String(timers).stripTrailing());
        }
        lines.add(LEGEND);
        return lines;
    }
}

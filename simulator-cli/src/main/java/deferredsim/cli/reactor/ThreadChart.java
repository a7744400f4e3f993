package deferredsim.cli.reactor;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parts 3 and 8: for each process with a reactor, its thread (held by blocking code: {@code #})
 * and its timed calls: {@code o} where one ran on time, {@code v} where a late one was due and
 * {@code !} where it finally ran. A blocked thread and a run of {@code v ... !} is a late timer.
 */
final class ThreadChart {
    static final String LEGEND = "# thread blocked   o timer ran on time   v late timer due   ! late timer ran";

    private ThreadChart() {}

    static boolean applies(List<SimEvent> all) {
        return all.stream()
                .anyMatch(e -> e instanceof ReactorEvents.TimerScheduled
                        || (e instanceof ProcessEvents.Blocked
                                && isReactorProcess(all, ((ProcessEvents.Blocked) e).who())));
    }

    static List<String> render(List<SimEvent> all, List<SimEvent> seen, Time now, TimeScale scale, int labelWidth) {
        Map<String, char[][]> processes = new LinkedHashMap<>();
        for (SimEvent event : all) {
            if (event instanceof ReactorEvents.StateChanged) {
                processes.computeIfAbsent(
                        ((ReactorEvents.StateChanged) event).who(), p -> new char[][] {scale.blank(), scale.blank()});
            }
        }
        Map<String, Time> openBlocks = new LinkedHashMap<>();
        for (SimEvent event : seen) {
            if (event instanceof ProcessEvents.Blocked
                    && processes.containsKey(((ProcessEvents.Blocked) event).who())) {
                ProcessEvents.Blocked b = (ProcessEvents.Blocked) event;
                if (b.until() != null) {
                    scale.fill(processes.get(b.who())[0], b.time(), b.until(), now, '#');
                } else {
                    openBlocks.put(b.who(), b.time());
                }
            } else if (event instanceof ProcessEvents.Unblocked
                    && openBlocks.containsKey(((ProcessEvents.Unblocked) event).who())) {
                ProcessEvents.Unblocked u = (ProcessEvents.Unblocked) event;
                scale.fill(processes.get(u.who())[0], openBlocks.remove(u.who()), u.time(), now, '#');
            } else if (event instanceof ReactorEvents.TimerRan
                    && processes.containsKey(((ReactorEvents.TimerRan) event).who())) {
                ReactorEvents.TimerRan t = (ReactorEvents.TimerRan) event;
                char[] timers = processes.get(t.who())[1];
                if (scale.column(t.time()) == scale.column(t.due())) {
                    timers[scale.column(t.time())] = timers[scale.column(t.time())] == '!' ? '!' : 'o';
                } else {
                    timers[scale.column(t.due())] = 'v';
                    timers[scale.column(t.time())] = '!';
                }
            }
        }
        openBlocks.forEach((who, since) -> scale.fill(processes.get(who)[0], since, now, now, '#'));
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        processes.forEach((who, rows) -> {
            lines.add(who);
            lines.add(Text.pad("  thread", labelWidth) + "|" + new String(rows[0]).stripTrailing());
            lines.add(Text.pad("  timers", labelWidth) + "|" + new String(rows[1]).stripTrailing());
        });
        lines.add(LEGEND);
        return lines;
    }

    private static boolean isReactorProcess(List<SimEvent> all, String who) {
        return all.stream()
                .anyMatch(e -> e instanceof ReactorEvents.StateChanged
                        && ((ReactorEvents.StateChanged) e).who().equals(who));
    }
}

package deferredsim.core.reactor.execution;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs tasks on {@code cores} CPUs without preemption: a task that gets a CPU keeps it until it
 * finishes or, when {@code waitReleasesCpu}, until it starts a WAIT. Ready tasks get a CPU in the
 * order they became ready (ties: task order). The three models are this one algorithm: synchronous
 * = 1 CPU kept through WAITs, asynchronous = 1 CPU given up at each WAIT, threaded = a CPU per
 * thread (or fewer, then threads queue for one).
 */
final class Scheduler {
    private final List<Task> tasks;
    private final int cores;
    private final boolean waitReleasesCpu;
    private final List<Bar> bars = new ArrayList<>();
    private final PriorityQueue<Ready> ready =
            new PriorityQueue<>(Comparator.comparing(Ready::since).thenComparingInt(Ready::task));
    private final List<Ready> waiting = new ArrayList<>();
    private final List<Time> releases = new ArrayList<>();

    /** A bar of one task: what it did from start to end. */
    record Bar(int task, SegmentKind what, Time start, Time end) {}

    private record Ready(int task, int next, Time since) {}

    Scheduler(List<Task> tasks, int cores, boolean waitReleasesCpu) {
        this.tasks = tasks;
        this.cores = cores;
        this.waitReleasesCpu = waitReleasesCpu;
    }

    /** Runs every task to its end; returns the bars in the order they were decided. */
    List<Bar> run() {
        for (int i = 0; i < tasks.size(); i++) {
            becomeReady(i, 0, Time.ZERO);
        }
        int free = cores;
        Time now = Time.ZERO;
        while (!ready.isEmpty() || !waiting.isEmpty() || !releases.isEmpty()) {
            for (Time release : List.copyOf(releases)) {
                if (!now.isBefore(release)) {
                    releases.remove(release);
                    free++;
                }
            }
            for (Ready wake : List.copyOf(waiting)) {
                if (!now.isBefore(wake.since())) {
                    waiting.remove(wake);
                    ready.add(wake);
                }
            }
            while (free > 0 && !ready.isEmpty()) {
                free--;
                releases.add(hold(ready.poll(), now));
            }
            now = nextEvent(now);
        }
        return bars;
    }

    /** Gives {@code task} a CPU at {@code now}; records what it does until it lets go; returns when. */
    private Time hold(Ready task, Time now) {
        if (task.since().isBefore(now)) {
            bars.add(new Bar(task.task(), SegmentKind.READY, task.since(), now));
        }
        List<Task.Segment> segments = tasks.get(task.task()).segments();
        Time at = now;
        for (int i = task.next(); i < segments.size(); i++) {
            Task.Segment segment = segments.get(i);
            Time end = at.plus(segment.duration());
            if (segment.kind() == Task.Kind.CPU) {
                add(task.task(), SegmentKind.CPU, at, end);
            } else if (waitReleasesCpu) {
                add(task.task(), SegmentKind.WAIT, at, end);
                becomeReady(task.task(), i + 1, end);
                return at;
            } else {
                add(task.task(), SegmentKind.WAIT, at, end);
            }
            at = end;
        }
        return at;
    }

    private void add(int task, SegmentKind what, Time start, Time end) {
        if (start.isBefore(end)) {
            bars.add(new Bar(task, what, start, end));
        }
    }

    private void becomeReady(int task, int next, Time since) {
        if (next < tasks.get(task).segments().size()) {
            waiting.add(new Ready(task, next, since));
        }
    }

    private Time nextEvent(Time now) {
        Time next = null;
        for (Time release : releases) {
            next = next == null || release.isBefore(next) ? release : next;
        }
        for (Ready wake : waiting) {
            next = next == null || wake.since().isBefore(next) ? wake.since() : next;
        }
        return next == null || next.isBefore(now) ? now : next;
    }
}

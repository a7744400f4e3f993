package deferredsim.core.reactor.execution;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part 1's three execution models: {@link #schedule} works out how a model runs the tasks, and
 * {@link #spawn} plays that out in a {@link World}, one process per model, so the lanes appear on
 * the shared clock as {@link ExecutionEvents.Segment}s (after an {@link ExecutionEvents.ModelStarted}
 * naming the lanes) and each model ends with an {@link
 * ExecutionEvents.ModelFinished} that gives its total, CPU and idle time.
 *
 * <p>Lanes: the synchronous model has one lane, {@code main}, showing each task's CPU and WAIT
 * segments (a WAIT blocks the program). The threaded model has one lane per task (CPU, WAIT, and
 * READY while it waits for a free core). The asynchronous model has one lane, {@code main}, with
 * the CPU segments of whichever task runs and IDLE when every task waits, plus one lane per task
 * showing when it waits (WAIT) or could run but another task has the CPU (READY).
 */
public final class ExecutionModels {
    /** The lane of the single-threaded models. */
    public static final String MAIN = "main";

    private ExecutionModels() {}

    /**
     * How {@code model} runs {@code tasks}; {@code cores} counts only for the threaded model.
     *
     * @throws IllegalArgumentException if {@code cores} is less than 1
     */
    public static Schedule schedule(ExecutionModel model, List<Task> tasks, int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("at least one core");
        }
        int cpus = model == ExecutionModel.THREADED ? cores : 1;
        List<Scheduler.Bar> bars = new Scheduler(tasks, cpus, model != ExecutionModel.SYNCHRONOUS).run();
        List<Schedule.LaneSegment> segments = new ArrayList<>();
        Time total = Time.ZERO;
        for (Scheduler.Bar bar : bars) {
            String task = tasks.get(bar.task()).name();
            if (model == ExecutionModel.SYNCHRONOUS && bar.what() == SegmentKind.READY) {
                continue; // the next task has not started yet: nothing to show
            }
            boolean onMain = model == ExecutionModel.SYNCHRONOUS
                    || (model == ExecutionModel.ASYNCHRONOUS && bar.what() == SegmentKind.CPU);
            segments.add(new Schedule.LaneSegment(onMain ? MAIN : task, task, bar.what(), bar.start(), bar.end()));
            total = total.isBefore(bar.end()) ? bar.end() : total;
        }
        List<Time[]> cpu = cpuIntervals(bars);
        Time busy = Time.ZERO;
        Time covered = Time.ZERO;
        Time coveredUntil = Time.ZERO;
        for (Time[] interval : cpu) {
            busy = busy.plus(interval[1].minus(interval[0]));
            Time start = interval[0].isBefore(coveredUntil) ? coveredUntil : interval[0];
            if (start.isBefore(interval[1])) {
                covered = covered.plus(interval[1].minus(start));
                coveredUntil = interval[1];
            }
        }
        if (model == ExecutionModel.ASYNCHRONOUS) {
            segments.addAll(idleGaps(cpu, total));
        }
        segments.sort(Comparator.comparing(Schedule.LaneSegment::start));
        return new Schedule(model, lanes(model, tasks), segments, total, busy, total.minus(covered));
    }

    /**
     * Spawns one process per model in {@code world}, each named after its model, recording its
     * segments as they start and its totals when it ends.
     */
    public static void spawn(World world, List<Task> tasks, List<ExecutionModel> models, int cores) {
        for (ExecutionModel model : models) {
            Schedule schedule = schedule(model, tasks, cores);
            world.spawn(model.word(), Time.ZERO, process -> replay(process, schedule));
        }
    }

    private static void replay(Process process, Schedule schedule) {
        process.world().record(new ExecutionEvents.ModelStarted(process.now(), process.who(), schedule.lanes()));
        replayFrom(process, schedule, 0);
    }

    /** Waits for segment {@code next} to start and records it; after the last one, for the end. */
    private static void replayFrom(Process process, Schedule schedule, int next) {
        if (next == schedule.segments().size()) {
            process.sleep(
                    schedule.total().minus(process.now()),
                    () -> process.world()
                            .record(new ExecutionEvents.ModelFinished(
                                    process.now(), process.who(), schedule.cpu(), schedule.idle())));
            return;
        }
        Schedule.LaneSegment segment = schedule.segments().get(next);
        process.sleep(segment.start().minus(process.now()), () -> {
            process.world()
                    .record(new ExecutionEvents.Segment(
                            process.now(),
                            process.who(),
                            segment.lane(),
                            segment.task(),
                            segment.what(),
                            segment.end()));
            replayFrom(process, schedule, next + 1);
        });
    }

    private static List<String> lanes(ExecutionModel model, List<Task> tasks) {
        List<String> lanes = new ArrayList<>();
        if (model != ExecutionModel.THREADED) {
            lanes.add(MAIN);
        }
        if (model != ExecutionModel.SYNCHRONOUS) {
            tasks.forEach(task -> lanes.add(task.name()));
        }
        return lanes;
    }

    private static List<Time[]> cpuIntervals(List<Scheduler.Bar> bars) {
        List<Time[]> cpu = new ArrayList<>();
        for (Scheduler.Bar bar : bars) {
            if (bar.what() == SegmentKind.CPU) {
                cpu.add(new Time[] {bar.start(), bar.end()});
            }
        }
        cpu.sort(Comparator.comparing((Time[] interval) -> interval[0]));
        return cpu;
    }

    private static List<Schedule.LaneSegment> idleGaps(List<Time[]> cpu, Time total) {
        List<Schedule.LaneSegment> gaps = new ArrayList<>();
        Time at = Time.ZERO;
        for (Time[] interval : cpu) {
            if (at.isBefore(interval[0])) {
                gaps.add(new Schedule.LaneSegment(MAIN, null, SegmentKind.IDLE, at, interval[0]));
            }
            at = at.isBefore(interval[1]) ? interval[1] : at;
        }
        if (at.isBefore(total)) {
            gaps.add(new Schedule.LaneSegment(MAIN, null, SegmentKind.IDLE, at, total));
        }
        return gaps;
    }
}

package deferredsim.core.reactor.execution;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/**
 * How one execution model ran a set of tasks: its lanes' segments in start order, the total
 * elapsed time, the CPU time, and the idle time (when no task ran on any CPU).
 *
 * <p>Get one from {@link ExecutionModels#schedule}.
 */
public record Schedule(
        ExecutionModel model, List<String> lanes, List<LaneSegment> segments, Time total, Time cpu, Time idle) {
    public Schedule {
        Objects.requireNonNull(model, "model");
        lanes = List.copyOf(lanes);
        segments = List.copyOf(segments);
    }

    /** One bar on a lane: {@code what} for {@code task} (null when idle) from {@code start} to {@code end}. */
    public record LaneSegment(String lane, String task, SegmentKind what, Time start, Time end) {
        public LaneSegment {
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(what, "what");
        }
    }
}

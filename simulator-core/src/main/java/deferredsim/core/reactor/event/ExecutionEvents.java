package deferredsim.core.reactor.event;

import deferredsim.core.recording.SimEvent.ReactorEvent;
import deferredsim.core.time.Time;
import deferredsim.core.trace.JsonLine;
import java.util.List;
import java.util.Objects;

/** What the three execution models of Part 1 do: lanes of segments, and their totals. */
public final class ExecutionEvents {
    private ExecutionEvents() {}

    /** Model {@code who} starts running the tasks, on lanes {@code lanes} (in the order to show them). */
    public record ModelStarted(Time time, String who, List<String> lanes) implements ReactorEvent {
        public ModelStarted {
            lanes = List.copyOf(lanes);
        }

        @Override
        public String kind() {
            return "start";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("lanes", lanes).toString();
        }
    }

    /**
     * From {@code time} to {@code end}, lane {@code lane} of model {@code who} shows {@code activity}
     * for task {@code task} (null for {@link SegmentKind#IDLE}). Recorded when the segment starts: the
     * model knows how long a CPU or WAIT segment lasts.
     */
    public record Segment(Time time, String who, String lane, String task, SegmentKind activity, Time end)
            implements ReactorEvent {
        public Segment {
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(end, "end");
        }

        @Override
        public String kind() {
            return "segment";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("lane", lane)
                    .add("task", task)
                    .add("activity", activity.word())
                    .add("end", end)
                    .toString();
        }
    }

    /**
     * Model {@code who} finished every task at {@code time} (its total elapsed time); {@code cpu} is
     * the CPU time of all tasks together, {@code idle} the time during which no task ran anywhere.
     */
    public record ModelFinished(Time time, String who, Time cpu, Time idle) implements ReactorEvent {
        @Override
        public String kind() {
            return "finished";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("cpu", cpu)
                    .add("idle", idle)
                    .toString();
        }
    }
}

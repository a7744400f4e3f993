package deferredsim.core.reactor.event;

import deferredsim.core.recording.SimEvent.ReactorEvent;
import deferredsim.core.time.Time;
import deferredsim.core.trace.JsonLine;
import java.util.List;
import java.util.Objects;

/** What a Twisted reactor does (Part 3 on): its states, startup triggers, timed calls, wake-ups, logged errors. */
public final class ReactorEvents {
    private ReactorEvents() {}

    /** The reactor of {@code who} entered {@code phase}. */
    public record StateChanged(Time time, String who, ReactorPhase phase) implements ReactorEvent {
        public StateChanged {
            Objects.requireNonNull(phase, "phase");
        }

        @Override
        public String kind() {
            return "reactor";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("state", phase.word()).toString();
        }
    }

    /** {@code callWhenRunning(call)} before {@code run()}: a startup trigger, run when the reactor starts. */
    public record TriggerAdded(Time time, String who, String call) implements ReactorEvent {
        @Override
        public String kind() {
            return "callWhenRunning";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("call", call).toString();
        }
    }

    /** {@code callLater}: delayed call number {@code id} will run {@code call} at {@code due} or later. */
    public record TimerScheduled(Time time, String who, int id, Time due, String call) implements ReactorEvent {
        @Override
        public String kind() {
            return "callLater";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("id", id)
                    .add("due", due)
                    .add("call", call)
                    .toString();
        }
    }

    /** Delayed call {@code id} runs now; it was due at {@code due} (later than that when the thread was busy). */
    public record TimerRan(Time time, String who, int id, Time due, String call) implements ReactorEvent {
        /** How late it ran: zero when on time. */
        public Time late() {
            return time.minus(due);
        }

        @Override
        public String kind() {
            return "timer";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("id", id)
                    .add("due", due)
                    .add("call", call)
                    .toString();
        }
    }

    /** Delayed call {@code id} was cancelled before it ran. */
    public record TimerCancelled(Time time, String who, int id, String call) implements ReactorEvent {
        @Override
        public String kind() {
            return "cancelTimer";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("id", id)
                    .add("call", call)
                    .toString();
        }
    }

    /**
     * {@code select} returned in iteration {@code iteration} with the descriptors {@code ready} (a
     * connection is named by its {@code c1}, a connect in progress by {@code connect c1}).
     */
    public record Wake(Time time, String who, int iteration, List<String> ready) implements ReactorEvent {
        public Wake {
            ready = List.copyOf(ready);
        }

        @Override
        public String kind() {
            return "wake";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("iteration", iteration)
                    .add("ready", ready)
                    .toString();
        }
    }

    /**
     * An exception ({@code error}: "Exception: I fall down.") escaped {@code during}, a callback the
     * reactor made; Twisted logs "Unhandled Error" with the traceback and the loop goes on.
     */
    public record ErrorLogged(Time time, String who, String error, String during) implements ReactorEvent {
        @Override
        public String kind() {
            return "log";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("error", error)
                    .add("during", during)
                    .toString();
        }
    }
}

package deferredsim.core.reactor.event;

import deferredsim.core.recording.SimEvent.ReactorEvent;
import deferredsim.core.time.Time;
import deferredsim.core.trace.JsonLine;
import java.util.List;
import java.util.Objects;

/** What any simulated process does: print, hold its thread, call functions, crash, exit. */
public final class ProcessEvents {
    private ProcessEvents() {}

    /** The process printed {@code text} (one {@code print}; it may hold line breaks), to stderr when {@code stderr}. */
    public record Printed(Time time, String who, String text, boolean stderr) implements ReactorEvent {
        public Printed {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "print";
        }

        @Override
        public String traceLine() {
            JsonLine line = JsonLine.of(time, who, kind()).add("text", text);
            return (stderr ? line.add("stream", "stderr") : line).toString();
        }
    }

    /**
     * The process's only thread is busy from {@code time} to {@code until} doing {@code what}
     * ({@code time.sleep(3)}, CPU work, a blocking {@code recv}): nothing else in it runs meanwhile.
     * {@code until} is null when the end is not known in advance (a blocking {@code recv}); an
     * {@link Unblocked} then marks it.
     */
    public record Blocked(Time time, String who, Time until, String what) implements ReactorEvent {
        @Override
        public String kind() {
            return "block";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("until", until)
                    .add("what", what)
                    .toString();
        }
    }

    /** A block whose end was not known in advance ({@link Blocked} with no {@code until}) ended. */
    public record Unblocked(Time time, String who, String what) implements ReactorEvent {
        @Override
        public String kind() {
            return "unblock";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("what", what).toString();
        }
    }

    /**
     * The simulated program called {@code function} with {@code args} (rendered); {@code stack} is the
     * call stack below it, outermost first (the reactor's frames, then the callers).
     */
    public record Called(Time time, String who, String function, List<String> args, List<String> stack)
            implements ReactorEvent {
        public Called {
            args = List.copyOf(args);
            stack = List.copyOf(stack);
        }

        @Override
        public String kind() {
            return "call";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("function", function)
                    .add("args", args)
                    .add("stack", stack)
                    .toString();
        }
    }

    /** An exception ({@code error}, as Python prints it) escaped the program's top level: traceback, exit. */
    public record Crashed(Time time, String who, String error) implements ReactorEvent {
        @Override
        public String kind() {
            return "crash";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("error", error).toString();
        }
    }

    /** The process's main code ended normally. */
    public record Exited(Time time, String who) implements ReactorEvent {
        @Override
        public String kind() {
            return "exit";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).toString();
        }
    }

    /** The simulation stopped at the scenario's time limit with {@code who} still going. */
    public record LimitReached(Time time, String who) implements ReactorEvent {
        @Override
        public String kind() {
            return "limit";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).toString();
        }
    }
}

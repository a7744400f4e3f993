package deferredsim.core.trace;

import deferredsim.core.json.Json;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a recording as the canonical trace of the contract (section 2): one JSON object per
 * line, keys in the contract's order, no spaces, strings written as Python's {@code
 * json.dumps(s, ensure_ascii=False)} writes them (non-ASCII text as itself, control characters
 * escaped; {@link Json#quoteUnicode}), times as Python's {@code repr} of the clock's float without
 * a trailing {@code .0} ({@link deferredsim.core.time.Time#toString()}).
 */
public final class TraceWriter {
    private TraceWriter() {}

    /** The trace lines of {@code recording}, without line ends. */
    public static List<String> lines(Recording recording) {
        List<String> lines = new ArrayList<>();
        for (SimEvent event : recording.events()) {
            if (event.inTrace()) {
                lines.add(line(event));
            }
        }
        return lines;
    }

    /** The whole trace: every line followed by {@code \n}. */
    public static String write(Recording recording) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(recording)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * The trace line of one event. A {@link SimEvent.ReactorEvent} writes its own line.
     *
     * @throws IllegalArgumentException for an event the trace does not print ({@code !event.inTrace()})
     */
    public static String line(SimEvent event) {
        if (event instanceof SimEvent.ReactorEvent) {
            return ((SimEvent.ReactorEvent) event).traceLine();
        }
        if (event instanceof SimEvent.Fired) {
            SimEvent.Fired e = (SimEvent.Fired) event;
            return head(e.time(), e.deferred(), "fire") + ",\"method\":"
                    + quote(e.method().word()) + ",\"value\":" + quote(e.value()) + "}";
        }
        if (event instanceof SimEvent.StageRan) {
            SimEvent.StageRan e = (SimEvent.StageRan) event;
            return head(e.time(), e.deferred(), "run") + ",\"stage\":" + e.stage() + ",\"side\":"
                    + quote(e.side().word()) + ",\"in\":" + quote(e.in().render()) + ",\"out\":" + quote(e.renderOut())
                    + "}";
        }
        if (event instanceof SimEvent.AlreadyCalled) {
            SimEvent.AlreadyCalled e = (SimEvent.AlreadyCalled) event;
            return head(e.time(), e.deferred(), "error") + ",\"error\":\"AlreadyCalledError\"}";
        }
        if (event instanceof SimEvent.Cancelled) {
            SimEvent.Cancelled e = (SimEvent.Cancelled) event;
            return head(e.time(), e.deferred(), "cancel") + "}";
        }
        if (event instanceof SimEvent.Paused) {
            SimEvent.Paused e = (SimEvent.Paused) event;
            return head(e.time(), e.deferred(), "pause") + "}";
        }
        if (event instanceof SimEvent.Unpaused) {
            SimEvent.Unpaused e = (SimEvent.Unpaused) event;
            return head(e.time(), e.deferred(), "unpause") + "}";
        }
        if (event instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed e = (SimEvent.GeneratorResumed) event;
            return head(e.time(), e.deferred(), "resume") + ",\"step\":" + e.step() + ",\"in\":"
                    + quote(e.in().render()) + "}";
        }
        if (event instanceof SimEvent.Outcome) {
            SimEvent.Outcome e = (SimEvent.Outcome) event;
            Value value = e.value();
            return head(e.time(), e.deferred(), "result") + ",\"state\":"
                    + quote(e.state().word()) + ",\"value\":" + (value == null ? "null" : quote(value.render()))
                    + ",\"unhandled\":" + e.unhandled() + "}";
        }
        throw new IllegalArgumentException("the trace has no line for " + event);
    }

    private static String head(Object time, String deferred, String kind) {
        return "{\"t\":" + time + ",\"d\":" + quote(deferred) + ",\"event\":\"" + kind + "\"";
    }

    private static String quote(String s) {
        return Json.quoteUnicode(s);
    }
}

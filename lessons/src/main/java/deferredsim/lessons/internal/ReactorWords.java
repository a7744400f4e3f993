package deferredsim.lessons.internal;

import static deferredsim.lessons.internal.EventWords.code;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.recording.SimEvent;
import java.util.List;

/** Puts the reactor model's events into words, for {@link EventWords}: "program printed `tick`". */
final class ReactorWords {
    private ReactorWords() {}

    /** What {@code event} was, without its time: a sentence fragment with no final period. */
    static String what(SimEvent.ReactorEvent event) {
        String who = code(event.who());
        if (event instanceof ExecutionEvents.ModelStarted e) {
            return "the " + who + " model started, with the lanes " + String.join(", ", e.lanes());
        } else if (event instanceof ExecutionEvents.Segment e) {
            return segment(e);
        } else if (event instanceof ExecutionEvents.ModelFinished e) {
            return "the " + who + " model finished every task: " + e.time() + " s in all, the CPU busy for " + e.cpu()
                    + " s, idle for " + e.idle() + " s";
        } else if (event instanceof NetworkEvents.Listening e) {
            return who + " listened on port " + e.port() + ", serving " + code(e.poem()) + " (" + e.bytes() + " bytes, "
                    + e.chunk() + " at a time, every " + e.delay() + " s)";
        } else if (event instanceof NetworkEvents.Accepted e) {
            return who + " accepted connection " + code(e.connection()) + " from " + code(e.client());
        } else if (event instanceof NetworkEvents.Sent e) {
            return who + " sent " + e.bytes() + " bytes on " + code(e.connection());
        } else if (event instanceof NetworkEvents.Closed e) {
            return who + " closed its end of " + code(e.connection());
        } else if (event instanceof NetworkEvents.Connected e) {
            return who + " connected to port " + e.port() + " (connection " + code(e.connection()) + ")";
        } else if (event instanceof NetworkEvents.Refused e) {
            return who + " tried to connect to port " + e.port() + " and was refused: nothing listens there";
        } else if (event instanceof NetworkEvents.Received e) {
            return who + " read " + e.bytes() + " bytes from " + code(e.connection())
                    + (e.data() == null ? "" : ": " + code(e.data()));
        } else if (event instanceof NetworkEvents.EndOfFile e) {
            return who + "'s read on " + code(e.connection()) + " returned nothing: the server had closed it";
        } else if (event instanceof ReactorEvents.Wake e) {
            return who + "'s " + code("select") + " returned (iteration " + e.iteration() + ") with "
                    + (e.ready().isEmpty()
                            ? "nothing ready, for a timed call"
                            : String.join(", ", e.ready()) + " ready");
        } else if (event instanceof ProcessEvents.Printed e) {
            return who + " printed " + code(e.text()) + (e.stderr() ? " to stderr" : "");
        } else if (event instanceof ProcessEvents.Blocked e) {
            return who + "'s only thread was held by " + code(e.what())
                    + (e.until() == null ? ", for as long as that takes" : " until t=" + e.until());
        } else if (event instanceof ProcessEvents.Unblocked e) {
            return who + "'s thread was free again after " + code(e.what());
        } else if (event instanceof ProcessEvents.Called e) {
            return call(e);
        } else if (event instanceof ProcessEvents.Crashed e) {
            return who + " crashed: " + code(e.error()) + " escaped its top level";
        } else if (event instanceof ProcessEvents.Exited e) {
            return who + " reached the end of its program and exited";
        } else if (event instanceof ProcessEvents.LimitReached e) {
            return "the simulation stopped at its time limit";
        } else if (event instanceof ReactorEvents.StateChanged e) {
            switch (e.phase()) {
                case RUNNING:
                    return who + " called " + code("reactor.run()") + ": the loop started";
                case STOPPING:
                    return who + " called " + code("reactor.stop()") + ": the loop ends after this pass";
                case STOPPED:
                    return who + "'s reactor stopped, and " + code("reactor.run()") + " returned";
                default:
                    return who + "'s reactor was left waiting in " + code("select")
                            + " for ever: nothing was left to wake it";
            }
        } else if (event instanceof ReactorEvents.TriggerAdded e) {
            return who + " asked for " + code(e.call()) + " to be called once the reactor runs ("
                    + code("callWhenRunning") + ")";
        } else if (event instanceof ReactorEvents.TimerScheduled e) {
            return who + " scheduled timed call #" + e.id() + " " + code(e.call()) + " for t=" + e.due();
        } else if (event instanceof ReactorEvents.TimerRan e) {
            return who + "'s reactor ran timed call #" + e.id() + " " + code(e.call())
                    + (e.late().equals(deferredsim.core.time.Time.ZERO)
                            ? ""
                            : ", due at t=" + e.due() + " (" + e.late() + " s late)");
        } else if (event instanceof ReactorEvents.TimerCancelled e) {
            return who + " cancelled timed call #" + e.id() + " " + code(e.call()) + " before it ran";
        } else if (event instanceof ReactorEvents.ErrorLogged e) {
            return code(e.error()) + " escaped " + code(e.during()) + "; " + who
                    + "'s reactor logged it (\"Unhandled Error\") and went on";
        }
        return who + " " + event.kind();
    }

    private static String segment(ExecutionEvents.Segment e) {
        String model = "in the " + code(e.who()) + " model, ";
        String until = " until t=" + e.end();
        if (e.activity() == SegmentKind.IDLE) {
            return model + "the CPU sat idle" + until + ": every task was waiting";
        } else if (e.activity() == SegmentKind.CPU) {
            return model + "task " + code(e.task()) + " ran on the CPU"
                    + (e.lane().equals(e.task()) ? "" : " (lane " + e.lane() + ")") + until;
        } else if (e.activity() == SegmentKind.WAIT) {
            return model + "task " + code(e.task()) + " waited for I/O" + until;
        }
        return model + "task " + code(e.task()) + " was ready but had no free CPU" + until;
    }

    private static String call(ProcessEvents.Called e) {
        List<String> stack = e.stack();
        String caller = stack.isEmpty() ? "" : ", called from " + code(stack.get(stack.size() - 1));
        return code(e.who()) + " called " + code(e.function() + "(" + String.join(", ", e.args()) + ")") + caller;
    }
}

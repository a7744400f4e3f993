package deferredsim.cli.reactor;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;

/**
 * One line of text per event, as the timeline's log shows it: {@code print: Start!}, {@code timer
 * #1 tick (due 1) ran 2 s late}, {@code -> got_poem('...')} indented by call depth. Events the
 * charts already show in bulk (sends, reads, wake-ups, segments) are "details": described, but the
 * view leaves them out unless asked.
 */
final class EventLog {
    private EventLog() {}

    /** True for the events the log leaves out unless details are asked for. */
    static boolean isDetail(SimEvent event) {
        return event instanceof NetworkEvents.Sent
                || event instanceof NetworkEvents.Received
                || event instanceof ExecutionEvents.ModelStarted
                || event instanceof NetworkEvents.EndOfFile
                || event instanceof ReactorEvents.Wake
                || event instanceof ExecutionEvents.Segment
                || event instanceof SimEvent.Created
                || event instanceof SimEvent.Settled
                || event instanceof SimEvent.ResultTaken
                || event instanceof SimEvent.DelayedCallScheduled
                || event instanceof SimEvent.DelayedCallRan
                || event instanceof SimEvent.DelayedCallCancelled;
    }

    /** The process (or deferred) an event belongs to, for the log's second column. */
    static String who(SimEvent event) {
        if (event instanceof SimEvent.ReactorEvent) {
            return ((SimEvent.ReactorEvent) event).who();
        }
        return "deferred";
    }

    /** The event in words. */
    static String describe(SimEvent event) {
        if (event instanceof ProcessEvents.Printed) {
            ProcessEvents.Printed p = (ProcessEvents.Printed) event;
            return (p.stderr() ? "stderr: " : "print: ") + p.text();
        } else if (event instanceof ProcessEvents.Called) {
            ProcessEvents.Called c = (ProcessEvents.Called) event;
            String indent = "  ".repeat(Math.min(8, Math.max(0, c.stack().size() - 2)));
            return indent + "-> " + c.function() + "("
                    + String.join(", ", c.args().stream().map(EventLog::quoted).toList()) + ")";
        } else if (event instanceof ProcessEvents.Blocked) {
            ProcessEvents.Blocked b = (ProcessEvents.Blocked) event;
            return "thread blocked" + (b.until() == null ? "" : " until " + b.until()) + ": " + b.what();
        } else if (event instanceof ProcessEvents.Unblocked) {
            return "thread free again after " + ((ProcessEvents.Unblocked) event).what();
        } else if (event instanceof ProcessEvents.Crashed) {
            return "Traceback (most recent call last): ... " + ((ProcessEvents.Crashed) event).error()
                    + "  -- the program ends";
        } else if (event instanceof ProcessEvents.Exited) {
            return "exits";
        } else if (event instanceof ProcessEvents.LimitReached) {
            return "the time limit stops the simulation";
        }
        return event instanceof SimEvent.ReactorEvent ? describeReactor(event) : describeDeferred(event);
    }

    private static String describeReactor(SimEvent event) {
        if (event instanceof ReactorEvents.StateChanged) {
            switch (((ReactorEvents.StateChanged) event).phase()) {
                case RUNNING:
                    return "reactor.run(): the loop starts";
                case STOPPING:
                    return "reactor.stop(): the loop ends after this pass";
                case STOPPED:
                    return "the loop ended; reactor.run() returns";
                default:
                    return "the reactor waits in select for ever: nothing can wake it";
            }
        } else if (event instanceof ReactorEvents.TriggerAdded) {
            return "callWhenRunning(" + ((ReactorEvents.TriggerAdded) event).call() + "): runs when the reactor starts";
        } else if (event instanceof ReactorEvents.TimerScheduled) {
            ReactorEvents.TimerScheduled t = (ReactorEvents.TimerScheduled) event;
            return "callLater #" + t.id() + " " + t.call() + ", due at " + t.due();
        } else if (event instanceof ReactorEvents.TimerRan) {
            ReactorEvents.TimerRan t = (ReactorEvents.TimerRan) event;
            return "timer #" + t.id() + " " + t.call() + " runs"
                    + (t.late().equals(Time.ZERO) ? "" : ", " + t.late() + " s late (due at " + t.due() + ")");
        } else if (event instanceof ReactorEvents.TimerCancelled) {
            ReactorEvents.TimerCancelled t = (ReactorEvents.TimerCancelled) event;
            return "timer #" + t.id() + " " + t.call() + " cancelled";
        } else if (event instanceof ReactorEvents.Wake) {
            ReactorEvents.Wake w = (ReactorEvents.Wake) event;
            return "select returns: " + String.join(", ", w.ready()) + " ready";
        } else if (event instanceof ReactorEvents.ErrorLogged) {
            ReactorEvents.ErrorLogged e = (ReactorEvents.ErrorLogged) event;
            return "Unhandled Error in " + e.during() + ": " + e.error() + "  (logged; the loop goes on)";
        } else if (event instanceof ExecutionEvents.Segment) {
            ExecutionEvents.Segment s = (ExecutionEvents.Segment) event;
            return s.lane() + ": " + (s.task() == null ? "" : s.task() + " ")
                    + s.activity().word() + " until " + s.end();
        } else if (event instanceof ExecutionEvents.ModelStarted) {
            return "starts the tasks on lanes " + String.join(", ", ((ExecutionEvents.ModelStarted) event).lanes());
        } else if (event instanceof ExecutionEvents.ModelFinished) {
            ExecutionEvents.ModelFinished f = (ExecutionEvents.ModelFinished) event;
            return "all tasks done: total " + f.time() + " s, CPU " + f.cpu() + " s, idle " + f.idle() + " s";
        }
        return describeNetwork(event);
    }

    private static String describeNetwork(SimEvent event) {
        if (event instanceof NetworkEvents.Listening) {
            NetworkEvents.Listening l = (NetworkEvents.Listening) event;
            return "serves " + l.poem() + " (" + l.bytes() + " bytes) on port " + l.port() + ", " + l.chunk()
                    + " bytes every " + l.delay() + " s";
        } else if (event instanceof NetworkEvents.Accepted) {
            NetworkEvents.Accepted a = (NetworkEvents.Accepted) event;
            return "accepts " + a.connection() + ": " + a.client() + " wants poetry";
        } else if (event instanceof NetworkEvents.Sent) {
            NetworkEvents.Sent s = (NetworkEvents.Sent) event;
            return "sends " + s.bytes() + " bytes on " + s.connection();
        } else if (event instanceof NetworkEvents.Closed) {
            return "closes " + ((NetworkEvents.Closed) event).connection();
        } else if (event instanceof NetworkEvents.Connected) {
            NetworkEvents.Connected c = (NetworkEvents.Connected) event;
            return "connects to " + c.port() + ": " + c.connection();
        } else if (event instanceof NetworkEvents.Refused) {
            return "connection to " + ((NetworkEvents.Refused) event).port() + " refused";
        } else if (event instanceof NetworkEvents.Received) {
            NetworkEvents.Received r = (NetworkEvents.Received) event;
            return "recv on " + r.connection() + ": " + r.bytes() + " bytes"
                    + (r.data() == null ? "" : " " + quoted(r.data()));
        } else if (event instanceof NetworkEvents.EndOfFile) {
            return "recv on " + ((NetworkEvents.EndOfFile) event).connection() + ": nothing, the server closed it";
        }
        return event.toString();
    }

    private static String describeDeferred(SimEvent event) {
        if (event instanceof SimEvent.Fired) {
            SimEvent.Fired f = (SimEvent.Fired) event;
            return f.deferred() + "." + f.method().word() + "(" + quoted(f.value()) + ")";
        } else if (event instanceof SimEvent.StageRan) {
            SimEvent.StageRan s = (SimEvent.StageRan) event;
            return f(s.deferred()) + "stage " + s.stage() + " " + s.side().word() + ": " + s.in().render() + " -> "
                    + s.renderOut();
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return f(((SimEvent.AlreadyCalled) event).deferred()) + "AlreadyCalledError: it was fired before";
        } else if (event instanceof SimEvent.Cancelled) {
            return ((SimEvent.Cancelled) event).deferred() + ".cancel()";
        } else if (event instanceof SimEvent.Paused) {
            return ((SimEvent.Paused) event).deferred() + ".pause()";
        } else if (event instanceof SimEvent.Unpaused) {
            return ((SimEvent.Unpaused) event).deferred() + ".unpause()";
        } else if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn w = (SimEvent.WaitingOn) event;
            return f(w.deferred()) + "waits on " + w.inner();
        } else if (event instanceof SimEvent.Outcome) {
            SimEvent.Outcome o = (SimEvent.Outcome) event;
            return f(o.deferred()) + "ends " + o.state().word()
                    + (o.value() == null ? "" : " with " + o.value().render())
                    + (o.unhandled() ? " (Unhandled error in Deferred)" : "");
        } else if (event instanceof SimEvent.Created) {
            return f(((SimEvent.Created) event).deferred()) + "created";
        }
        return event.toString();
    }

    private static String f(String deferred) {
        return deferred + ": ";
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }
}

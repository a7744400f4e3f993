package deferredsim.core.reading;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.List;

/**
 * The reactor model's events (Parts 1–8 of the book: execution models, poetry servers and clients,
 * the reactor, programs) as sentences and short labels, in the same voice as the Deferred events.
 */
final class ReactorTelling {
    private ReactorTelling() {}

    /** The event as a sentence, without its time. */
    static String sentence(SimEvent.ReactorEvent event) {
        String who = event.who();
        return switch (event) {
            case ExecutionEvents.ModelStarted e ->
                "the " + who + " model starts the tasks, on the lanes " + String.join(", ", e.lanes()) + ".";
            case ExecutionEvents.Segment e -> segment(e);
            case ExecutionEvents.ModelFinished e ->
                "the " + who + " model has finished every task: " + e.time() + " s in all, the CPU busy for " + e.cpu()
                        + " s and idle for " + e.idle() + " s.";
            case NetworkEvents.Listening e ->
                who + " listens on port " + e.port() + ", serving " + e.poem() + " (" + e.bytes() + " bytes, "
                        + e.chunk() + " at a time, every " + e.delay() + " s).";
            case NetworkEvents.PortOpened e ->
                who + " listens on port " + e.port() + " (listenTCP): a client waiting there makes the listening"
                        + " socket readable, and " + e.factory() + " builds a protocol for each one accepted.";
            case NetworkEvents.PortClosed e ->
                who + " has stopped listening on port " + e.port() + ": new clients are refused.";
            case NetworkEvents.Accepted e ->
                who + " accepts connection " + e.connection() + " from " + e.client() + ".";
            case NetworkEvents.Sent e -> who + " sends " + e.bytes() + " bytes on " + e.connection() + ".";
            case NetworkEvents.Closed e -> who + " closes its end of " + e.connection() + ".";
            case NetworkEvents.Connected e ->
                who + " connects to port " + e.port() + " (connection " + e.connection() + ").";
            case NetworkEvents.Refused e ->
                who + " tries to connect to port " + e.port() + " and is refused: nothing listens there.";
            case NetworkEvents.Received e ->
                who + " reads " + e.bytes() + " bytes from " + e.connection()
                        + (e.data() == null ? "" : ": " + quoted(e.data())) + ".";
            case NetworkEvents.EndOfFile e ->
                who + "'s read on " + e.connection() + " returns nothing: the "
                        + (e.serverReads() ? "client" : "server") + " has closed it.";
            case ReactorEvents.Wake e ->
                who + "'s select returns (iteration " + e.iteration() + ") with "
                        + (e.ready().isEmpty()
                                ? "nothing ready: a timed call is due"
                                : String.join(", ", e.ready()) + " ready")
                        + ".";
            case ReactorEvents.StateChanged e ->
                switch (e.phase()) {
                    case RUNNING -> who + " calls reactor.run(): the loop starts.";
                    case STOPPING ->
                        who + " calls reactor.stop(): the next timed-call pass starts the shutdown, and the"
                                + " loop ends once the shutdown triggers (and any Deferreds they return) are done.";
                    case STOPPED -> who + "'s reactor has stopped, and reactor.run() returns.";
                    case IDLE_FOREVER ->
                        who + "'s reactor is left waiting in select for ever: nothing is left to" + " wake it.";
                };
            case ReactorEvents.TriggerAdded e ->
                who + " asks for " + e.call() + " to be called once the reactor runs (callWhenRunning).";
            case ReactorEvents.TimerScheduled e ->
                who + " schedules timed call #" + e.id() + " " + e.call() + " for " + Words.time(e.due())
                        + " (callLater).";
            case ReactorEvents.TimerRan e ->
                who + "'s reactor runs timed call #" + e.id() + " " + e.call()
                        + (e.late().equals(Time.ZERO)
                                ? "."
                                : ", due at " + Words.time(e.due()) + ": " + e.late()
                                        + " s late, because the reactor's only thread was busy until now.");
            case ReactorEvents.TimerCancelled e ->
                who + " cancels timed call #" + e.id() + " " + e.call() + " before it runs.";
            case ReactorEvents.ErrorLogged e ->
                e.error() + " escapes " + e.during() + "; " + who
                        + "'s reactor logs it (\"Unhandled Error\") and goes on.";
            case ProcessEvents.Printed e ->
                who + " prints " + quoted(e.text()) + (e.stderr() ? " to stderr" : "") + ".";
            case ProcessEvents.Blocked e ->
                who + "'s only thread is held by " + e.what()
                        + (e.until() == null ? ", for as long as that takes" : " until " + Words.time(e.until()))
                        + ": nothing else in " + who + " runs meanwhile.";
            case ProcessEvents.Unblocked e -> who + "'s thread is free again after " + e.what() + ".";
            case ProcessEvents.Called e -> called(e) + ".";
            case ProcessEvents.Crashed e -> who + " crashes: " + e.error() + " escapes its top level.";
            case ProcessEvents.Exited e -> who + " reaches the end of its program and exits.";
            case ProcessEvents.LimitReached e -> "the simulation stops at its time limit with " + who + " still going.";
            default -> who + ": " + event.kind() + ".";
        };
    }

    /** The event in a word or two. */
    static String label(SimEvent.ReactorEvent event) {
        return switch (event) {
            case ExecutionEvents.ModelStarted e -> "start";
            case ExecutionEvents.Segment e -> e.lane() + " " + e.activity().word();
            case ExecutionEvents.ModelFinished e -> "finished";
            case NetworkEvents.Listening e -> "listen " + e.port();
            case NetworkEvents.PortOpened e -> "listenTCP " + e.port();
            case NetworkEvents.PortClosed e -> "port " + e.port() + " closed";
            case NetworkEvents.Accepted e -> "accept " + e.connection();
            case NetworkEvents.Sent e -> "send " + e.bytes();
            case NetworkEvents.Closed e -> "close " + e.connection();
            case NetworkEvents.Connected e -> "connect " + e.port();
            case NetworkEvents.Refused e -> "refused " + e.port();
            case NetworkEvents.Received e -> "recv " + e.bytes();
            case NetworkEvents.EndOfFile e -> "eof";
            case ReactorEvents.Wake e -> "wake";
            case ReactorEvents.StateChanged e -> "reactor " + e.phase().word();
            case ReactorEvents.TriggerAdded e -> "callWhenRunning";
            case ReactorEvents.TimerScheduled e -> "callLater #" + e.id();
            case ReactorEvents.TimerRan e -> "timer #" + e.id();
            case ReactorEvents.TimerCancelled e -> "cancel #" + e.id();
            case ReactorEvents.ErrorLogged e -> "Unhandled Error";
            case ProcessEvents.Printed e -> "print";
            case ProcessEvents.Blocked e -> "block";
            case ProcessEvents.Unblocked e -> "unblock";
            case ProcessEvents.Called e -> e.function() + "()";
            case ProcessEvents.Crashed e -> "crash";
            case ProcessEvents.Exited e -> "exit";
            case ProcessEvents.LimitReached e -> "time limit";
            default -> event.kind();
        };
    }

    /**
     * The event as one line of a log beside its process's name: {@code print: Start!}, {@code
     * timer #1 tick runs, 2 s late (due at 1)}, {@code -> got_poem('...')} indented by call depth.
     */
    static String line(SimEvent.ReactorEvent event) {
        return switch (event) {
            case ProcessEvents.Printed e -> (e.stderr() ? "stderr: " : "print: ") + e.text();
            case ProcessEvents.Called e ->
                "  ".repeat(Math.min(8, Math.max(0, e.stack().size() - 2))) + "-> "
                        + e.function() + "("
                        + String.join(
                                ", ",
                                e.args().stream().map(ReactorTelling::quoted).toList())
                        + ")";
            case ProcessEvents.Blocked e ->
                "thread blocked" + (e.until() == null ? "" : " until " + e.until()) + ": " + e.what();
            case ProcessEvents.Unblocked e -> "thread free again after " + e.what();
            case ProcessEvents.Crashed e ->
                "Traceback (most recent call last): ... " + e.error() + "  -- the program ends";
            case ProcessEvents.Exited e -> "exits";
            case ProcessEvents.LimitReached e -> "the time limit stops the simulation";
            case ReactorEvents.StateChanged e ->
                switch (e.phase()) {
                    case RUNNING -> "reactor.run(): the loop starts";
                    case STOPPING -> "reactor.stop(): shutting down after this pass";
                    case STOPPED -> "the loop ended; reactor.run() returns";
                    case IDLE_FOREVER -> "the reactor waits in select for ever: nothing can wake it";
                };
            case ReactorEvents.TriggerAdded e -> "callWhenRunning(" + e.call() + "): runs when the reactor starts";
            case ReactorEvents.TimerScheduled e -> "callLater #" + e.id() + " " + e.call() + ", due at " + e.due();
            case ReactorEvents.TimerRan e ->
                "timer #" + e.id() + " " + e.call() + " runs"
                        + (e.late().equals(Time.ZERO) ? "" : ", " + e.late() + " s late (due at " + e.due() + ")");
            case ReactorEvents.TimerCancelled e -> "timer #" + e.id() + " " + e.call() + " cancelled";
            case ReactorEvents.Wake e -> "select returns: " + String.join(", ", e.ready()) + " ready";
            case ReactorEvents.ErrorLogged e ->
                "Unhandled Error in " + e.during() + ": " + e.error() + "  (logged; the loop goes on)";
            case ExecutionEvents.Segment e ->
                e.lane() + ": " + (e.task() == null ? "" : e.task() + " ")
                        + e.activity().word() + " until " + e.end();
            case ExecutionEvents.ModelStarted e -> "starts the tasks on lanes " + String.join(", ", e.lanes());
            case ExecutionEvents.ModelFinished e ->
                "all tasks done: total " + e.time() + " s, CPU " + e.cpu() + " s, idle " + e.idle() + " s";
            case NetworkEvents.Listening e ->
                "serves " + e.poem() + " (" + e.bytes() + " bytes) on port " + e.port() + ", " + e.chunk()
                        + " bytes every " + e.delay() + " s";
            case NetworkEvents.PortOpened e -> "listenTCP(" + e.port() + ", " + e.factory() + ")";
            case NetworkEvents.PortClosed e -> "port " + e.port() + " closed";
            case NetworkEvents.Accepted e -> "accepts " + e.connection() + " from " + e.client();
            case NetworkEvents.Sent e -> "sends " + e.bytes() + " bytes on " + e.connection();
            case NetworkEvents.Closed e -> "closes " + e.connection();
            case NetworkEvents.Connected e -> "connects to " + e.port() + ": " + e.connection();
            case NetworkEvents.Refused e -> "connection to " + e.port() + " refused";
            case NetworkEvents.Received e ->
                "recv on " + e.connection() + ": " + e.bytes() + " bytes"
                        + (e.data() == null ? "" : " " + quoted(e.data()));
            case NetworkEvents.EndOfFile e ->
                "recv on " + e.connection() + ": nothing, the " + (e.serverReads() ? "client" : "server")
                        + " closed it";
            default -> event.kind();
        };
    }

    /** What sort of moment the event is. */
    static MomentKind kind(SimEvent.ReactorEvent event) {
        return switch (event) {
            case ExecutionEvents.ModelStarted e -> MomentKind.LIFE;
            case ExecutionEvents.Segment e -> MomentKind.SEGMENT;
            case ExecutionEvents.ModelFinished e -> MomentKind.LIFE;
            case NetworkEvents.Sent e -> MomentKind.DATA;
            case NetworkEvents.Received e -> MomentKind.DATA;
            case NetworkEvents.EndOfFile e -> MomentKind.DATA;
            case NetworkEvents.Listening e -> MomentKind.NETWORK;
            case NetworkEvents.PortOpened e -> MomentKind.NETWORK;
            case NetworkEvents.PortClosed e -> MomentKind.NETWORK;
            case NetworkEvents.Accepted e -> MomentKind.NETWORK;
            case NetworkEvents.Closed e -> MomentKind.NETWORK;
            case NetworkEvents.Connected e -> MomentKind.NETWORK;
            case NetworkEvents.Refused e -> MomentKind.NETWORK;
            case ReactorEvents.Wake e -> MomentKind.WAKE;
            case ReactorEvents.TimerScheduled e -> MomentKind.TIMER;
            case ReactorEvents.TimerRan e -> MomentKind.TIMER;
            case ReactorEvents.TimerCancelled e -> MomentKind.TIMER;
            case ReactorEvents.StateChanged e -> MomentKind.REACTOR;
            case ReactorEvents.TriggerAdded e -> MomentKind.REACTOR;
            case ReactorEvents.ErrorLogged e -> MomentKind.PROBLEM;
            case ProcessEvents.Printed e -> MomentKind.PRINT;
            case ProcessEvents.Called e -> MomentKind.CALL;
            case ProcessEvents.Blocked e -> MomentKind.BLOCK;
            case ProcessEvents.Unblocked e -> MomentKind.BLOCK;
            case ProcessEvents.Crashed e -> MomentKind.LIFE;
            case ProcessEvents.Exited e -> MomentKind.LIFE;
            case ProcessEvents.LimitReached e -> MomentKind.LIFE;
            default -> MomentKind.REACTOR;
        };
    }

    private static String segment(ExecutionEvents.Segment e) {
        String model = "in the " + e.who() + " model, ";
        String until = " until " + Words.time(e.end());
        return switch (e.activity()) {
            case IDLE -> model + "the CPU sits idle" + until + ": every task is waiting.";
            case CPU ->
                model + "task " + e.task() + " runs on the CPU"
                        + (e.lane().equals(e.task()) ? "" : " (lane " + e.lane() + ")") + until + ".";
            case WAIT -> model + "task " + e.task() + " waits for I/O" + until + ".";
            case READY -> model + "task " + e.task() + " is ready but has no free CPU" + until + ".";
        };
    }

    private static String called(ProcessEvents.Called e) {
        List<String> stack = e.stack();
        String caller = stack.isEmpty() ? "" : ", called from " + stack.get(stack.size() - 1);
        return e.who() + " calls " + e.function() + "(" + String.join(", ", e.args()) + ")" + caller;
    }

    private static String quoted(String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }
}

package deferredsim.core.reactor.script;

import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a scenario program: a line of the little Python-like language that the
 * {@code program} section of a {@code reactor-scenario/1} file is written in. {@link
 * StatementParser} reads them; {@link Interpreter} runs them. {@code assignTo} is the variable a
 * statement's result is stored in ({@code d = get_poetry 10000}), or null.
 */
public sealed interface Statement {
    /** {@code print TEXT} ({@code print >>sys.stderr TEXT} for standard error). */
    record Print(Template text, boolean stderr) implements Statement {}

    /** {@code raise TEXT}: raises {@code Exception(TEXT)} (or re-raises a failure argument). */
    record Raise(Template text) implements Statement {}

    /** {@code return [TEXT]}: ends the function with TEXT's value, or None. */
    record Return(Template text) implements Statement {}

    /** {@code time.sleep SECONDS}: holds the thread; nothing else runs in this process meanwhile. */
    record Sleep(Time seconds) implements Statement {}

    /** {@code reactor.run}: runs the reactor until it stops (main only). */
    record Run() implements Statement {}

    /** {@code reactor.stop}. */
    record Stop() implements Statement {}

    /** {@code reactor.callWhenRunning CALLABLE ARG…}. */
    record CallWhenRunning(Ref target, List<Template> args) implements Statement {
        public CallWhenRunning {
            args = List.copyOf(args);
        }
    }

    /** {@code [VAR =] reactor.callLater SECONDS CALLABLE ARG…}. */
    record CallLater(String assignTo, Time delay, Ref target, List<Template> args) implements Statement {
        public CallLater {
            args = List.copyOf(args);
        }
    }

    /** {@code VAR = Deferred}. */
    record NewDeferred(String assignTo) implements Statement {
        public NewDeferred {
            Objects.requireNonNull(assignTo, "assignTo");
        }
    }

    /** How a pair is added to a Deferred. */
    enum AddKind {
        /** {@code addCallback f}: f and a pass-through errback. */
        CALLBACK("addCallback"),
        /** {@code addErrback f}: a pass-through callback and f. */
        ERRBACK("addErrback"),
        /** {@code addBoth f}: f on both sides. */
        BOTH("addBoth"),
        /** {@code addCallbacks f g}. */
        PAIR("addCallbacks");

        private final String method;

        AddKind(String method) {
            this.method = method;
        }

        /** The method name. */
        public String method() {
            return method;
        }
    }

    /**
     * {@code D.addCallback F ARG…}, {@code D.addErrback F ARG…}, {@code D.addBoth F ARG…}, {@code
     * D.addCallbacks F G}: {@code callback} or {@code errback} is null where a pass-through goes.
     * The extra arguments follow the result when the function is called.
     */
    record AddCallbacks(String deferred, AddKind kind, Ref callback, Ref errback, List<Template> args)
            implements Statement {
        public AddCallbacks {
            args = List.copyOf(args);
        }
    }

    /** {@code D.callback TEXT} or {@code D.errback TEXT}. */
    record Fire(String deferred, boolean errback, Template value) implements Statement {}

    /** {@code VAR.METHOD} with no arguments: {@code cancel}, {@code stop}, {@code count}, {@code pause}, {@code unpause}. */
    record Method(String target, String method) implements Statement {}

    /** {@code CALL.reset SECONDS} or {@code CALL.delay SECONDS} on a delayed call. */
    record Move(String call, boolean reset, Time seconds) implements Statement {}

    /** {@code VAR = LoopingCall CALLABLE ARG…}. */
    record NewLoopingCall(String assignTo, Ref target, List<Template> args) implements Statement {
        public NewLoopingCall {
            args = List.copyOf(args);
        }
    }

    /** {@code [VAR =] LOOP.start SECONDS [now=False]}. */
    record StartLoop(String assignTo, String loop, Time interval, boolean now) implements Statement {}

    /**
     * {@code D = get_poetry PORT} (client 4.0: a Deferred) or {@code get_poetry PORT CALLBACK
     * [ERRBACK]} (clients 3.0 and 3.1).
     */
    record GetPoetry(String assignTo, int port, Ref callback, Ref errback) implements Statement {}

    /** {@code tally NAME}: counts one; reaching the tally's target calls its {@code then}. */
    record Tally(String name) implements Statement {}

    /** {@code CALLABLE ARG…}: calls a function or a method. */
    record Invoke(Ref target, List<Template> args) implements Statement {
        public Invoke {
            args = List.copyOf(args);
        }
    }
}

package deferredsim.cli.repl;

import deferredsim.cli.text.SafeText;

/**
 * Says in the learner's terms why a command failed when the failure was not about what they
 * typed: which command, what went wrong (the run nested too deeply, used up the memory, a time
 * grew too large, or a fault of the simulator while running, reading or drawing), and that
 * nothing they built has changed.
 */
final class FailureReport {
    /** The longest part of an exception's own message that is quoted. */
    static final int MESSAGE_LIMIT = 300;

    private FailureReport() {}

    /** The message for {@code failure}, thrown while carrying out {@code command} ("" for Enter). */
    static String of(Throwable thrown, String command) {
        String what = command.isEmpty() ? "Drawing the run" : "'" + command + "'";
        Throwable limit = limitBehind(thrown);
        if (limit != null) {
            return what + " stopped at a limit: " + messageOf(limit) + ". Nothing you built has changed.";
        }
        Throwable failure = rootOfKnownKind(thrown);
        String why = switch (failure) {
            case StackOverflowError deep ->
                " stopped: the scenario nests deeper than the simulator can"
                        + " follow (it ran out of stack). Fewer levels of deferreds waiting on deferreds will"
                        + " run.";
            case OutOfMemoryError full ->
                " stopped: it used up the memory the simulator may use, so the"
                        + " run probably never ends (a callback that keeps adding callbacks, a LoopingCall with"
                        + " a tiny interval, a huge value).";
            case ArithmeticException tooLarge ->
                " stopped: a number grew past what the simulator can hold" + " (" + messageOf(tooLarge)
                        + "); usually a time: use smaller 'after' and 'at' times.";
            default ->
                " failed " + where(failure) + ": " + failure.getClass().getSimpleName() + ": " + messageOf(failure)
                        + ". This is a fault of the simulator, not of your scenario.";
        };
        return what + why + " Nothing you built has changed.";
    }

    /**
     * The stack overflow, memory exhaustion or arithmetic overflow behind {@code thrown} when one of
     * its causes is one (a simulated process wraps what failed in it), else {@code thrown}.
     */
    private static Throwable rootOfKnownKind(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof StackOverflowError
                    || cause instanceof OutOfMemoryError
                    || cause instanceof ArithmeticException) {
                return cause;
            }
        }
        return thrown;
    }

    /**
     * The exception behind {@code thrown} that says a run was stopped at one of the engine's limits
     * (events per run, run time: a type named {@code ...LimitException}, whose message names the
     * limit and how to raise it), or null.
     */
    private static Throwable limitBehind(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof RuntimeException
                    && cause.getClass().getSimpleName().endsWith("LimitException")) {
                return cause;
            }
        }
        return null;
    }

    /** The exception's own message, cut to {@link #MESSAGE_LIMIT} characters. */
    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? "no details" : SafeText.cut(message, MESSAGE_LIMIT);
    }

    /** Where in the simulator {@code failure} was thrown, in words: running, reading or drawing. */
    static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("deferredsim.")) {
                continue;
            }
            if (type.startsWith("deferredsim.core.scenario.")
                    || type.startsWith("deferredsim.core.json.")
                    || type.startsWith("deferredsim.core.reactor.scenario.ReactorScenarioReader")
                    || type.startsWith("deferredsim.core.reactor.scenario.ProgramReader")
                    || type.startsWith("deferredsim.core.reactor.script.")
                    || type.startsWith("deferredsim.lessons.")) {
                return "while reading the scenario";
            }
            if (type.startsWith("deferredsim.core.")) {
                return "while running the scenario";
            }
            if (type.startsWith("deferredsim.cli.repl.")) {
                return "while carrying out the command";
            }
            return "while drawing the run";
        }
        return "while carrying out the command";
    }
}

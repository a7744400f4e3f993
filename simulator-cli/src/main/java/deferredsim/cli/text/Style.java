package deferredsim.cli.text;

/**
 * What a piece of diagram text means, not how it looks. The REPL maps each style to a colour or an
 * attribute only when the terminal supports them; without colour the text must read on its own, so
 * every styled element also carries a plain-text marker ({@code >}, {@code =>}, {@code *}, brackets).
 */
public enum Style {
    /** Titles and deferred names in headers. */
    HEADER,
    /** A callback: the success side of a pair. */
    CALLBACK,
    /** An errback: the failure side of a pair. */
    ERRBACK,
    /** A value that is not a failure, travelling down the callback side. */
    SUCCESS_VALUE,
    /** A failure ({@code bad*}), travelling down the errback side. */
    FAILURE_VALUE,
    /** The element the stepper is on: the stage that just ran, the value in flight. */
    ACTIVE,
    /** What did not run or has not happened: the side a stage skipped, stages never reached. */
    MUTED,
    /** A chain stopped: waiting on another deferred or paused. */
    WAITING,
    /** Virtual clock times ({@code t=2}). */
    TIME,
    /** Something a learner should notice: an unhandled error, AlreadyCalledError. */
    WARNING
}

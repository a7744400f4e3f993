package deferredsim.core.reactor;

/** Where a {@link Reactor} stands: it runs once, from not started to stopped. */
public enum ReactorState {
    /** {@code run()} has not been called yet: {@code callWhenRunning} adds startup triggers. */
    NOT_STARTED,
    /** The loop is running (possibly stopping: {@link Reactor#isStopping()}). */
    RUNNING,
    /** The loop ended; {@code run()} raises {@link ReactorNotRestartable}, {@code stop()} {@link ReactorNotRunning}. */
    STOPPED
}

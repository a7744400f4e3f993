package deferredsim.core.reactor.service;

import deferredsim.core.engine.Deferred;

/**
 * Twisted's {@code service.Service}: something with a name that can be started and stopped, by
 * its parent. {@link #privilegedStartService(Twistd)} runs first, while the process may still hold
 * privileges (binding a low port); {@link #startService(Twistd)} later; {@link #stopService(Twistd)} may
 * return a Deferred that fires when the service has really stopped (null: stopped at once).
 *
 * <p>Each call is recorded by {@link Twistd} as {@code NAME.method}.
 */
public abstract class Service {
    private final String name;
    private boolean running;

    protected Service(String name) {
        this.name = name;
    }

    /** Its name in the tree and in recorded calls. */
    public final String name() {
        return name;
    }

    /** True between start and stop. */
    public final boolean running() {
        return running;
    }

    /** Runs before {@link #startService(Twistd)}. Does nothing by default. */
    public void privilegedStartService(Twistd twistd) {}

    /** Starts the service: sets {@link #running()}. */
    public void startService(Twistd twistd) {
        running = true;
    }

    /**
     * Stops the service: clears {@link #running()}.
     *
     * @return a Deferred that fires once it has stopped, or null when it stopped at once
     */
    public Deferred stopService(Twistd twistd) {
        running = false;
        return null;
    }
}

package deferredsim.core.reactor.world;

/**
 * Unwinds a parked process when its world shuts down. An {@link Error}, so the simulated program's
 * own exception handling (which catches the model's exceptions only) never sees it.
 */
final class ProcessKilled extends Error {
    ProcessKilled() {
        super("the simulation ended", null, false, false);
    }
}

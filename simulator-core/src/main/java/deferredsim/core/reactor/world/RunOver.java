package deferredsim.core.reactor.world;

/**
 * Unwinds a process that {@linkplain Process#hold holds} its thread when the run ends first (the
 * time limit comes before the hold's end). An {@link Error}, so the simulated program's own
 * exception handling (which catches the model's exceptions only) never sees it.
 */
final class RunOver extends Error {
    private static final long serialVersionUID = 1L;

    RunOver() {
        super("the simulation ended", null, false, false);
    }
}

package deferredsim.core.reactor.event;

/** A change in a reactor's life, as {@link ReactorEvents.StateChanged} records it. */
public enum ReactorPhase {
    /** {@code run()} started the loop; the startup triggers run next. */
    RUNNING("running"),
    /** {@code stop()} was called; the loop ends after its current pass. */
    STOPPING("stopping"),
    /** The loop ended and {@code run()} returned; it cannot run again. */
    STOPPED("stopped"),
    /** At the end of the simulation the reactor still runs, waiting in {@code select} for ever. */
    IDLE_FOREVER("idle-forever");

    private final String word;

    ReactorPhase(String word) {
        this.word = word;
    }

    /** The word in traces. */
    public String word() {
        return word;
    }
}

package deferredsim.gui.events;

import deferredsim.core.recording.SimEvent;

/** The few families of events the timeline draws differently; anything new is {@link #OTHER}. */
public enum EventKind {
    CREATE("created"),
    FIRE("fired"),
    RUN("stage ran"),
    WAIT("waits / resumes"),
    CONTROL("cancel / pause"),
    ERROR("error"),
    SETTLE("settled"),
    CLOCK("reactor clock"),
    OUTCOME("outcome"),
    OTHER("other");

    private final String words;

    EventKind(String words) {
        this.words = words;
    }

    /** For legends and tooltips. */
    public String words() {
        return words;
    }

    /** The family of {@code event}; {@link #OTHER} for kinds this version does not know. */
    public static EventKind of(SimEvent event) {
        if (event instanceof SimEvent.Created) {
            return CREATE;
        } else if (event instanceof SimEvent.Fired) {
            return FIRE;
        } else if (event instanceof SimEvent.StageRan) {
            return RUN;
        } else if (event instanceof SimEvent.WaitingOn
                || event instanceof SimEvent.ResultTaken
                || event instanceof SimEvent.GeneratorResumed) {
            return WAIT;
        } else if (event instanceof SimEvent.Cancelled
                || event instanceof SimEvent.Paused
                || event instanceof SimEvent.Unpaused) {
            return CONTROL;
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return ERROR;
        } else if (event instanceof SimEvent.Settled) {
            return SETTLE;
        } else if (event instanceof SimEvent.DelayedCallScheduled
                || event instanceof SimEvent.DelayedCallRan
                || event instanceof SimEvent.DelayedCallCancelled) {
            return CLOCK;
        } else if (event instanceof SimEvent.Outcome) {
            return OUTCOME;
        }
        return OTHER;
    }
}

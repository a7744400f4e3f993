package deferredsim.core.recording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a simulation did, in order: an immutable, indexable list of {@link SimEvent}s ending
 * with one {@link SimEvent.Outcome} per deferred in declaration order (for a reactor scenario: per
 * Deferred its program made, in creation order, after the reactor model's own events).
 *
 * <p>Views read it forward and backward by index; nothing re-runs the engine to step back. Get one
 * from {@code Simulation.run(scenario)}.
 */
public final class Recording {
    private final List<SimEvent> events;

    private Recording(List<SimEvent> events) {
        this.events = Collections.unmodifiableList(events);
    }

    /** Wraps {@code events}, which the caller hands over and must not change afterwards. */
    public static Recording of(List<SimEvent> events) {
        return new Recording(events instanceof ArrayList ? events : new ArrayList<>(events));
    }

    /** All events in the order they happened. */
    public List<SimEvent> events() {
        return events;
    }

    /** The number of events. */
    public int size() {
        return events.size();
    }

    /** The event at {@code index} (0-based). */
    public SimEvent get(int index) {
        return events.get(index);
    }

    /** The final {@link SimEvent.Outcome}s, one per deferred in declaration order. */
    public List<SimEvent.Outcome> outcomes() {
        List<SimEvent.Outcome> outcomes = new ArrayList<>();
        for (SimEvent event : events) {
            if (event instanceof SimEvent.Outcome) {
                outcomes.add((SimEvent.Outcome) event);
            }
        }
        return outcomes;
    }

    /** The events that the canonical trace prints, in order. */
    public List<SimEvent> traceEvents() {
        List<SimEvent> traced = new ArrayList<>();
        for (SimEvent event : events) {
            if (event.inTrace()) {
                traced.add(event);
            }
        }
        return traced;
    }
}

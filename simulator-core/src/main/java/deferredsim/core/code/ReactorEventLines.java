package deferredsim.core.code;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reactor.script.Place;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each event of a reactor scenario's run to the line of {@link ReactorPython}'s code the
 * program was on when it happened.
 *
 * <p>Overview: the simulator says, for every event, which place of the program ran and which calls
 * were on the stack above it ({@link Place.Spot}). An event gets the line of the innermost of these
 * the code shows: a method of the poetry client ({@code dataReceived}'s {@code self.poem += data}),
 * else the statement running (a print, a {@code callLater}, {@code reactor.run()} while the reactor
 * waits or works on its own). Four kinds of event say more: a call starts on its function's
 * {@code def}; a timed call runs at the {@code callLater} that made it; an error the reactor logs,
 * and a crash, are on the line that raised it; the program's exit and the results at the end have
 * no line. Before the program starts there is no line either.
 */
final class ReactorEventLines {
    private final ReactorPython code;
    private final Map<String, Integer> scheduledAt = new HashMap<>();

    ReactorEventLines(ReactorPython code) {
        this.code = code;
    }

    /**
     * The line of each event of {@code recording}, null where none, reading where the program was
     * from {@code watched}, a run of the same scenario (the simulation is deterministic, so its
     * events are the recording's).
     */
    List<SourceLine> map(Recording recording, ReactorSimulation.Watched watched) {
        List<SourceLine> lines = new ArrayList<>(recording.size());
        for (int i = 0; i < recording.size(); i++) {
            Place.Spot spot = i < watched.spots().size() ? watched.spots().get(i) : null;
            Integer line = spot == null ? null : line(recording.events().get(i), spot);
            lines.add(line == null ? null : SourceLine.of(line));
        }
        return lines;
    }

    private Integer line(SimEvent event, Place.Spot spot) {
        return switch (event) {
            case ProcessEvents.Called e -> {
                Integer def = code.callLine(e.function());
                yield def != null ? def : where(spot, PoetryClientPython.Happening.OTHER);
            }
            case ReactorEvents.TimerScheduled e -> {
                Integer line = where(spot, PoetryClientPython.Happening.SCHEDULED);
                if (line != null) {
                    scheduledAt.put(e.who() + "#" + e.id(), line);
                }
                yield line;
            }
            case ReactorEvents.TimerRan e -> {
                Integer line = scheduledAt.get(e.who() + "#" + e.id());
                yield line != null ? line : where(spot, PoetryClientPython.Happening.OTHER);
            }
            case ReactorEvents.TimerCancelled e -> where(spot, PoetryClientPython.Happening.CANCELLED);
            case ReactorEvents.ErrorLogged e -> raised(spot);
            case ProcessEvents.Crashed e -> raised(spot);
            case ProcessEvents.Exited e -> null;
            case SimEvent.Outcome e -> null;
            case SimEvent.ReactorEvent e -> where(spot, PoetryClientPython.Happening.OTHER);
            default -> where(spot, PoetryClientPython.Happening.DEFERRED);
        };
    }

    private Integer raised(Place.Spot spot) {
        Integer line = code.line(spot.raised());
        return line != null ? line : where(spot, PoetryClientPython.Happening.OTHER);
    }

    /** The line of the innermost frame the code shows: a client method's, else the place's. */
    private Integer where(Place.Spot spot, PoetryClientPython.Happening happening) {
        List<String> inner = spot.inner();
        for (int i = inner.size() - 1; i >= 0; i--) {
            Integer line = code.clientLine(inner.get(i), happening);
            if (line != null) {
                return line;
            }
        }
        return code.line(spot.place());
    }
}

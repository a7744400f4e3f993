package deferredsim.lessons.internal;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reactor program's run must do for a fix-line exercise to be solved: the lines it prints
 * (in order, each at a time when one is given), when its reactor is told to stop (or that it never
 * is), whether the reactor logs an error, and whether a timed call runs late. Absent parts are not
 * checked; only the scenario's program ({@link ReactorSimulation#PROGRAM}) is looked at.
 *
 * @param prints the lines printed, in order, exactly; empty: not checked
 * @param stops the time {@code reactor.stop()} is called; empty: not checked; {@link #NEVER}: it is
 *     never called
 * @param logged whether the reactor logs an error; empty: either
 * @param late whether a timed call runs after its time; empty: either
 */
record ReactorGoal(List<Print> prints, Optional<Time> stops, Optional<Boolean> logged, Optional<Boolean> late) {
    /** The stop time that stands for "the reactor is never told to stop". */
    static final Time NEVER = Time.ofNanos(Long.MAX_VALUE);

    ReactorGoal {
        prints = List.copyOf(prints);
    }

    /** A printed line: its text, and the time it is printed at, when the goal says (else null). */
    record Print(String text, Time at) {
        @Override
        public String toString() {
            return Md.code(text) + (at == null ? "" : " at t=" + at);
        }
    }

    /** True when the goal checks nothing. */
    boolean isEmpty() {
        return prints.isEmpty() && stops.isEmpty() && logged.isEmpty() && late.isEmpty();
    }

    /** The goal in words, one line per part, for prompts. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (!prints.isEmpty()) {
            List<String> shown = new ArrayList<>();
            prints.forEach(p -> shown.add(p.toString()));
            lines.add("the program prints, in this order: " + String.join(", ", shown));
        }
        stops.ifPresent(
                t -> lines.add(t.equals(NEVER) ? "nothing stops the reactor" : "the reactor is stopped at t=" + t));
        logged.ifPresent(l -> lines.add(l ? "the reactor logs an error" : "the reactor logs no error"));
        late.ifPresent(l -> lines.add(l ? "a timed call runs late" : "no timed call runs late"));
        return lines;
    }

    /** What the run of {@code recording} misses of the goal, one sentence each; empty when it meets the goal. */
    List<String> misses(Recording recording) {
        List<String> misses = new ArrayList<>();
        if (!prints.isEmpty()) {
            printMiss(printed(recording)).ifPresent(misses::add);
        }
        stops.ifPresent(wanted -> {
            Optional<Time> stopped = stopTime(recording);
            if (wanted.equals(NEVER) && stopped.isPresent()) {
                misses.add("The reactor is stopped at t=" + stopped.get() + "; the goal is that nothing stops it.");
            } else if (!wanted.equals(NEVER) && stopped.isEmpty()) {
                misses.add("Nothing stops the reactor: it " + (idle(recording) ? "waits for ever" : "runs on")
                        + ", where the goal stops it at t=" + wanted + ".");
            } else if (!wanted.equals(NEVER) && !stopped.get().equals(wanted)) {
                misses.add("The reactor is stopped at t=" + stopped.get() + ", not at t=" + wanted + ".");
            }
        });
        logged.ifPresent(wanted -> {
            Optional<ReactorEvents.ErrorLogged> log = firstLog(recording);
            if (wanted && log.isEmpty()) {
                misses.add("The reactor logs no error.");
            } else if (!wanted && log.isPresent()) {
                misses.add("The reactor logs an error at t=" + log.get().time() + ": "
                        + Md.code(log.get().error()) + ".");
            }
        });
        late.ifPresent(wanted -> {
            Optional<ReactorEvents.TimerRan> timer = firstLate(recording);
            if (wanted && timer.isEmpty()) {
                misses.add("Every timed call runs on time.");
            } else if (!wanted && timer.isPresent()) {
                ReactorEvents.TimerRan t = timer.get();
                misses.add(Md.code(t.call()) + " runs " + t.time().minus(t.due()) + " s late: due at t=" + t.due()
                        + ", run at t=" + t.time() + ".");
            }
        });
        return misses;
    }

    /**
     * How a run that meets the goal ends, in words: what it printed last and when the reactor was
     * stopped.
     */
    String ending(Recording recording) {
        List<ProcessEvents.Printed> printed = printed(recording);
        Optional<Time> stopped = stopTime(recording);
        String lines = printed.isEmpty()
                ? "it prints nothing"
                : "it prints " + Words.count(printed.size(), "line") + ", the last "
                        + Md.code(printed.get(printed.size() - 1).text()) + " at t="
                        + printed.get(printed.size() - 1).time();
        return lines
                + stopped.map(t -> ", and the reactor is stopped at t=" + t).orElse(", and nothing stops the reactor");
    }

    /**
     * The index of the first event where the run of {@code recording} leaves the goal: a print that
     * differs (or the end, when one is missing), the stop at another time, a logged error, a late
     * timed call; the last event when it leaves it nowhere in particular.
     */
    int divergence(Recording recording) {
        List<SimEvent> events = recording.events();
        int first = events.size() - 1;
        if (!prints.isEmpty()) {
            int seen = 0;
            for (int i = 0; i < events.size() && i < first; i++) {
                if (events.get(i) instanceof ProcessEvents.Printed p && p.who().equals(ReactorSimulation.PROGRAM)) {
                    if (seen >= prints.size() || !matches(prints.get(seen), p)) {
                        first = i;
                        break;
                    }
                    seen++;
                }
            }
        }
        for (int i = 0; i < events.size() && i < first; i++) {
            SimEvent event = events.get(i);
            boolean off = event instanceof ReactorEvents.StateChanged s
                            && s.who().equals(ReactorSimulation.PROGRAM)
                            && s.phase() == ReactorPhase.STOPPING
                            && stops.isPresent()
                            && !stops.get().equals(s.time())
                    || event instanceof ReactorEvents.ErrorLogged log
                            && log.who().equals(ReactorSimulation.PROGRAM)
                            && logged.equals(Optional.of(false))
                    || event instanceof ReactorEvents.TimerRan t
                            && t.who().equals(ReactorSimulation.PROGRAM)
                            && t.time().compareTo(t.due()) > 0
                            && late.equals(Optional.of(false));
            if (off) {
                first = i;
                break;
            }
        }
        return Math.max(0, first);
    }

    private Optional<String> printMiss(List<ProcessEvents.Printed> printed) {
        for (int i = 0; i < Math.max(printed.size(), prints.size()); i++) {
            if (i >= printed.size()) {
                return Optional.of("It prints " + Words.count(printed.size(), "line") + "; the goal has "
                        + prints.size() + ", the next being " + prints.get(i) + ".");
            }
            ProcessEvents.Printed p = printed.get(i);
            if (i >= prints.size()) {
                return Optional.of("After the goal's " + Words.count(prints.size(), "line") + " it prints "
                        + Md.code(p.text()) + " too.");
            }
            Print wanted = prints.get(i);
            if (!wanted.text().equals(p.text())) {
                return Optional.of("Its line " + (i + 1) + " is " + Md.code(p.text()) + " (at t=" + p.time()
                        + "), where the goal has " + wanted + ".");
            }
            if (wanted.at() != null && !wanted.at().equals(p.time())) {
                return Optional.of(
                        Md.code(p.text()) + " is printed at t=" + p.time() + ", not at t=" + wanted.at() + ".");
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Print wanted, ProcessEvents.Printed p) {
        return wanted.text().equals(p.text())
                && (wanted.at() == null || wanted.at().equals(p.time()));
    }

    private static List<ProcessEvents.Printed> printed(Recording recording) {
        return recording.events().stream()
                .filter(e -> e instanceof ProcessEvents.Printed p && p.who().equals(ReactorSimulation.PROGRAM))
                .map(ProcessEvents.Printed.class::cast)
                .toList();
    }

    private static Optional<Time> stopTime(Recording recording) {
        return recording.events().stream()
                .filter(e -> e instanceof ReactorEvents.StateChanged s
                        && s.who().equals(ReactorSimulation.PROGRAM)
                        && s.phase() == ReactorPhase.STOPPING)
                .map(SimEvent::time)
                .findFirst();
    }

    private static boolean idle(Recording recording) {
        return recording.events().stream()
                .anyMatch(e -> e instanceof ReactorEvents.StateChanged s
                        && s.who().equals(ReactorSimulation.PROGRAM)
                        && s.phase() == ReactorPhase.IDLE_FOREVER);
    }

    private static Optional<ReactorEvents.ErrorLogged> firstLog(Recording recording) {
        return recording.events().stream()
                .filter(e ->
                        e instanceof ReactorEvents.ErrorLogged log && log.who().equals(ReactorSimulation.PROGRAM))
                .map(ReactorEvents.ErrorLogged.class::cast)
                .findFirst();
    }

    private static Optional<ReactorEvents.TimerRan> firstLate(Recording recording) {
        return recording.events().stream()
                .filter(e -> e instanceof ReactorEvents.TimerRan t
                        && t.who().equals(ReactorSimulation.PROGRAM)
                        && t.time().compareTo(t.due()) > 0)
                .map(ReactorEvents.TimerRan.class::cast)
                .findFirst();
    }
}

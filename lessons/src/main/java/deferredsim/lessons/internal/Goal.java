package deferredsim.lessons.internal;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build exercise's chain must achieve: how a deferred ends (state, value, unhandled) and
 * optionally which lane each stage of the built deferred runs in and how many pairs to use. Absent
 * parts are not checked.
 *
 * @param deferred the deferred whose outcome is checked
 * @param sides the lanes the built deferred's stages must run in, in order, exactly; empty: any
 * @param pairs the exact number of pairs to write; 0: any
 * @param takes a deferred whose result the built deferred must take (by returning it from a stage), if any
 */
record Goal(
        String deferred,
        Optional<DeferredState> state,
        Optional<String> value,
        Optional<Boolean> unhandled,
        List<String> sides,
        int pairs,
        Optional<String> takes) {
    Goal {
        sides = List.copyOf(sides);
    }

    /** The goal in words, one line per part, for prompts. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        String name = EventWords.code(deferred);
        state.ifPresent(s -> lines.add(name + " ends " + s.word()));
        value.ifPresent(v -> lines.add(name + " ends holding " + EventWords.code(v)));
        unhandled.ifPresent(
                u -> lines.add(u ? name + " ends with an unhandled error" : name + " ends with no unhandled error"));
        if (!sides.isEmpty()) {
            lines.add("the stages of the chain you write run: " + String.join(", ", sides));
        }
        if (pairs > 0) {
            lines.add("you use exactly " + pairs + (pairs == 1 ? " pair" : " pairs"));
        }
        takes.ifPresent(inner -> lines.add("the chain gets its result from the deferred " + EventWords.code(inner)));
        return lines;
    }

    /** What in {@code recording} misses the goal, one sentence each; empty when it meets the goal. */
    List<String> misses(Recording recording, String built, int pairsWritten) {
        List<String> misses = new ArrayList<>();
        String name = EventWords.code(deferred);
        SimEvent.Outcome outcome = Outcomes.outcome(recording, deferred);
        state.filter(s -> s != outcome.state())
                .ifPresent(s -> misses.add(name + " ends " + outcome.state().word() + ", not " + s.word() + "."));
        String held = outcome.value() == null
                ? outcome.state().word()
                : outcome.value().render();
        value.filter(v -> !v.equals(held))
                .ifPresent(v -> misses.add(
                        name + " ends holding " + EventWords.code(held) + ", not " + EventWords.code(v) + "."));
        unhandled
                .filter(u -> u != outcome.unhandled())
                .ifPresent(u -> misses.add(
                        u
                                ? name + "'s error is handled, but the goal is an unhandled one."
                                : name + " ends with an unhandled error."));
        List<String> ran = sidesRun(recording, built);
        if (!sides.isEmpty() && !sides.equals(ran)) {
            misses.add("The stages of " + EventWords.code(built) + " ran "
                    + (ran.isEmpty() ? "nothing" : String.join(", ", ran)) + ", not " + String.join(", ", sides) + ".");
        }
        takes.filter(inner -> !took(recording, built, inner))
                .ifPresent(inner -> misses.add(EventWords.code(built) + " never took a result from "
                        + EventWords.code(inner) + "; a stage has to return it."));
        if (pairs > 0 && pairs != pairsWritten) {
            misses.add("You wrote " + pairsWritten + (pairsWritten == 1 ? " pair" : " pairs") + ", not " + pairs + ".");
        }
        return misses;
    }

    /** The index of the first event where {@code recording} departs from the goal. */
    int divergence(Recording recording, String built) {
        if (!sides.isEmpty()) {
            int n = 0;
            for (int i = 0; i < recording.size(); i++) {
                SimEvent event = recording.get(i);
                if (event instanceof SimEvent.StageRan
                        && ((SimEvent.StageRan) event).deferred().equals(built)) {
                    if (n >= sides.size()
                            || !sides.get(n)
                                    .equals(((SimEvent.StageRan) event).side().word())) {
                        return i;
                    }
                    n++;
                }
            }
        }
        ValueTrail.Step last = ValueTrail.of(recording, deferred).lastChange();
        return last.index() >= 0 ? last.index() : Outcomes.outcomeIndex(recording, deferred);
    }

    private static boolean took(Recording recording, String built, String inner) {
        for (SimEvent event : recording.events()) {
            if (event instanceof SimEvent.ResultTaken
                    && ((SimEvent.ResultTaken) event).deferred().equals(built)
                    && ((SimEvent.ResultTaken) event).inner().equals(inner)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sidesRun(Recording recording, String built) {
        List<String> ran = new ArrayList<>();
        for (SimEvent event : recording.events()) {
            if (event instanceof SimEvent.StageRan
                    && ((SimEvent.StageRan) event).deferred().equals(built)) {
                ran.add(((SimEvent.StageRan) event).side().word());
            }
        }
        return ran;
    }
}

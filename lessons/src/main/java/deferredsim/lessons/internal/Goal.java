package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredState;
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
 * @param refused whether the goal's deferred must (true) or must not (false) refuse a fire with
 *     AlreadyCalledError, fired again after it had its result; empty: either
 */
record Goal(
        String deferred,
        Optional<DeferredState> state,
        Optional<String> value,
        Optional<Boolean> unhandled,
        List<String> sides,
        int pairs,
        Optional<String> takes,
        Optional<Boolean> refused) {
    Goal {
        sides = List.copyOf(sides);
    }

    /** The goal in words, one line per part, for prompts. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        String name = Md.code(deferred);
        state.ifPresent(s -> lines.add(name + " ends " + s.word()));
        value.ifPresent(v -> lines.add(name + " ends holding " + Md.code(v)));
        unhandled.ifPresent(
                u -> lines.add(u ? name + " ends with an unhandled error" : name + " ends with no unhandled error"));
        if (!sides.isEmpty()) {
            lines.add("the stages of the chain you write run: " + String.join(", ", sides));
        }
        if (pairs > 0) {
            lines.add("you use exactly " + pairs + (pairs == 1 ? " pair" : " pairs"));
        }
        takes.ifPresent(inner -> lines.add(name + " gets its result from the deferred " + Md.code(inner)));
        refused.ifPresent(r -> lines.add(
                r
                        ? name + " is fired again after it has its result (AlreadyCalledError)"
                        : "nothing fires " + name + " again after it has its result (no AlreadyCalledError)"));
        return lines;
    }

    /** What in the run {@code reading} reads misses the goal, one sentence each; empty when it meets the goal. */
    List<String> misses(Reading reading, String built, int pairsWritten) {
        List<String> misses = new ArrayList<>();
        String name = Md.code(deferred);
        Beat.Outcome outcome = Outcomes.of(reading, deferred);
        state.filter(s -> s != outcome.state())
                .ifPresent(s -> misses.add(name + " ends " + outcome.state().word() + ", not " + s.word() + "."));
        String held = Outcomes.answer(reading, deferred);
        value.filter(v -> !v.equals(held))
                .ifPresent(v -> misses.add(
                        outcome.value() == null
                                ? name + " ends " + held + ", not holding " + Md.code(v) + "."
                                : name + " ends holding " + Md.code(held) + ", not " + Md.code(v) + "."));
        unhandled
                .filter(u -> u != outcome.unhandled())
                .ifPresent(u -> misses.add(
                        u
                                ? name + "'s error is handled, but the goal is an unhandled one."
                                : name + " ends with an unhandled error."));
        List<String> ran = sidesRun(reading, built);
        if (!sides.isEmpty() && !sides.equals(ran)) {
            misses.add("The stages of " + Md.code(built) + " ran "
                    + (ran.isEmpty() ? "nothing" : String.join(", ", ran)) + ", not " + String.join(", ", sides) + ".");
        }
        takes.filter(inner -> !took(reading, built, inner))
                .ifPresent(inner -> misses.add(Md.code(built) + " never took a result from " + Md.code(inner)
                        + "; a stage has to return it."));
        refused.filter(r -> r != refusal(reading, deferred).isPresent())
                .ifPresent(r -> misses.add(
                        r
                                ? "Nothing fires " + name + " a second time."
                                : name + " is fired again after it has its result: AlreadyCalledError."));
        if (pairs > 0 && pairs != pairsWritten) {
            misses.add("You wrote " + pairsWritten + (pairsWritten == 1 ? " pair" : " pairs") + ", not " + pairs + ".");
        }
        return misses;
    }

    /**
     * The index of the first event where the run departs from the goal: the first stage of {@code
     * built} that runs on another side than the goal's, else the last event that changed what the
     * goal's deferred held, else its end.
     */
    int divergence(Reading reading, String built) {
        if (refused.isPresent() && !refused.get()) {
            Optional<Beat.LateFire> again = refusal(reading, deferred);
            if (again.isPresent()) {
                return again.get().index();
            }
        }
        if (!sides.isEmpty()) {
            List<Beat.StageRan> runs = runs(reading, built);
            for (int n = 0; n < runs.size(); n++) {
                if (n >= sides.size()
                        || !sides.get(n).equals(runs.get(n).run().side().word())) {
                    return runs.get(n).index();
                }
            }
        }
        int last = HeldTrail.of(reading, deferred).lastChange().index();
        return last >= 0 ? last : Outcomes.of(reading, deferred).index();
    }

    /** The first fire {@code deferred} refused with AlreadyCalledError, if any. */
    private static Optional<Beat.LateFire> refusal(Reading reading, String deferred) {
        return reading.beats(deferred).stream()
                .filter(Beat.LateFire.class::isInstance)
                .map(Beat.LateFire.class::cast)
                .filter(late -> !late.fire().swallowed())
                .findFirst();
    }

    private static boolean took(Reading reading, String built, String inner) {
        return reading.beats(built).stream()
                .anyMatch(beat ->
                        beat instanceof Beat.Takes takes && takes.inner().equals(inner));
    }

    private static List<Beat.StageRan> runs(Reading reading, String built) {
        return reading.beats(built).stream()
                .filter(Beat.StageRan.class::isInstance)
                .map(Beat.StageRan.class::cast)
                .toList();
    }

    private static List<String> sidesRun(Reading reading, String built) {
        return runs(reading, built).stream().map(ran -> ran.run().side().word()).toList();
    }
}

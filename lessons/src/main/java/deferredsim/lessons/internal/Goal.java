package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.ClockCall;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Side;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build exercise's chain, or a find-the-bug program once fixed, must achieve: how a deferred
 * ends (state, value, unhandled) and optionally which lane each stage of the built deferred runs
 * in, how many pairs to use, where it takes its result from, whether it is fired twice, which
 * failure it recovers from, whether any deferred ends unhandled and whether the clock is clear
 * when it is done. Absent parts are not checked.
 *
 * @param deferred the deferred whose outcome is checked
 * @param sides the lanes the built deferred's stages must run in, in order, exactly; empty: any
 * @param pairs the exact number of pairs to write; 0: any
 * @param takes a deferred whose result the built deferred must take (by returning it from a stage), if any
 * @param refused whether the goal's deferred must (true) or must not (false) refuse a fire with
 *     AlreadyCalledError, fired again after it had its result; empty: either
 * @param recovers a failure ({@code Exception(V)}, by its value) that must happen in the goal's
 *     deferred and be handled there: an errback of its chain that gets it returns normally, or its
 *     generator catches it at a yield; empty: none
 * @param quiet whether no deferred of the run may end with an unhandled error (the goal's and
 *     every other: nothing would log "Unhandled error in Deferred")
 * @param clean whether nothing may be left on the clock when the goal's deferred gets its final
 *     result (trial's check for a clean reactor at the end of a test)
 */
record Goal(
        String deferred,
        Optional<DeferredState> state,
        Optional<String> value,
        Optional<Boolean> unhandled,
        List<String> sides,
        int pairs,
        Optional<String> takes,
        Optional<Boolean> refused,
        Optional<String> recovers,
        boolean quiet,
        boolean clean) {
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
        recovers.ifPresent(v ->
                lines.add("the failure " + Md.code(v) + " happens in " + name + ", and " + name + " recovers from it"));
        if (quiet) {
            lines.add("no deferred ends with an unhandled error (nothing logs \"Unhandled error in Deferred\")");
        }
        if (clean) {
            lines.add("nothing is left on the clock when " + name + " gets its final result");
        }
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
        recovers.ifPresent(v -> recovery(reading, v).ifPresent(misses::add));
        if (quiet) {
            for (String other : reading.deferreds()) {
                if (Outcomes.has(reading, other) && Outcomes.of(reading, other).unhandled()) {
                    misses.add(Md.code(other) + " ends with an unhandled error, "
                            + Md.code(Outcomes.answer(reading, other))
                            + ": Twisted would log \"Unhandled error in Deferred\".");
                }
            }
        }
        if (clean) {
            finalResult(reading, deferred).ifPresent(at -> {
                List<ClockCall> left = leftOnTheClock(reading, at);
                if (!left.isEmpty()) {
                    misses.add("When " + name + " got its result (t=" + reading.time(at) + "), the clock still held "
                            + String.join(
                                    ", ",
                                    left.stream()
                                            .map(call -> Md.code(call.description()) + " (due at t=" + call.due() + ")")
                                            .toList())
                            + ".");
                }
            });
        }
        if (pairs > 0 && pairs != pairsWritten) {
            misses.add("You wrote " + pairsWritten + (pairsWritten == 1 ? " pair" : " pairs") + ", not " + pairs + ".");
        }
        return misses;
    }

    /**
     * The index of the first event where the run departs from the goal: the first stage of {@code
     * built} that runs on another side than the goal's, else the last event that changed what the
     * goal's deferred held, else its end. Before those: with {@link #clean()}, the event at which
     * the goal's deferred got its result while calls were still on the clock; with {@link
     * #quiet()}, the last change of another deferred that ends with an unhandled error.
     */
    int divergence(Reading reading, String built) {
        if (clean) {
            Optional<Integer> at = finalResult(reading, deferred);
            if (at.isPresent() && !leftOnTheClock(reading, at.get()).isEmpty()) {
                return at.get();
            }
        }
        if (quiet) {
            for (String other : reading.deferreds()) {
                if (!other.equals(deferred)
                        && Outcomes.has(reading, other)
                        && Outcomes.of(reading, other).unhandled()) {
                    return HeldTrail.of(reading, other).lastChange().index();
                }
            }
        }
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

    /**
     * Why the run misses "{@code deferred} recovers from the failure {@code value}", if it does:
     * nothing in it fails that way, or nothing in it handles that failure.
     */
    private Optional<String> recovery(Reading reading, String value) {
        Failure failure = Failure.raised(value);
        boolean happens = false;
        for (Beat beat : reading.beats(deferred)) {
            if (beat instanceof Beat.StageRan ran) {
                Value in = ran.run().in();
                Value out = ran.run().out();
                if (failure.equals(in) && ran.run().side() == Side.ERRBACK && out != null && !out.isFailure()) {
                    return Optional.empty();
                }
                happens |= failure.equals(in) || failure.equals(out);
            } else if (beat instanceof Beat.Resumed resumed && failure.equals(resumed.in())) {
                if (resumed.caught()) {
                    return Optional.empty();
                }
                happens = true;
            } else if (beat instanceof Beat.Fired fired
                    && failure.equals(fired.firing().value())) {
                happens = true;
            }
        }
        String name = Md.code(deferred);
        boolean generator = reading.beats(deferred).stream()
                .anyMatch(beat -> beat instanceof Beat.Suspended || beat instanceof Beat.Resumed);
        return Optional.of(
                happens
                        ? name + " never recovers from " + Md.code(value)
                                + (generator
                                        ? ": no try/except of its generator catches it where it is raised, and no"
                                                + " errback of its chain that gets it returns normally."
                                        : ": no errback of its chain that gets it returns normally.")
                        : "Nothing in " + name + " fails with " + Md.code(value)
                                + " any more: the step that raises it does not run, so there is nothing to recover"
                                + " from.");
    }

    /** The event at which {@code deferred} got its final result: the last pass over its chain that ended with one. */
    private static Optional<Integer> finalResult(Reading reading, String deferred) {
        Optional<Integer> at = Optional.empty();
        for (Beat beat : reading.beats(deferred)) {
            if (beat instanceof Beat.PassEnded ended) {
                at = ended.result() == null ? Optional.empty() : Optional.of(ended.index());
            }
        }
        return at;
    }

    /** The calls still on the clock just after event {@code index}. */
    private static List<ClockCall> leftOnTheClock(Reading reading, int index) {
        Playhead after = Playhead.after(index);
        return reading.clockCalls().stream()
                .filter(call -> call.pendingAt(after))
                .toList();
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

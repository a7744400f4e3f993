package deferredsim.lessons.internal;

import deferredsim.core.code.ScenarioPython;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a line of a scenario's code ({@link ScenarioPython}) holds that a find-the-bug answer can
 * change, and how the text after the line number becomes a {@link LineChange}:
 *
 * <ul>
 *   <li>a line that adds a pair takes pairs ({@code r a p; p r c}, {@link ChainInput});
 *   <li>a generator's yield, return or raise line takes a step ({@code yield x catch}, as a
 *       scenario's {@code inline} array writes it);
 *   <li>the line that makes a DeferredList takes its flags ({@code consumeErrors}, or {@code none});
 *   <li>the line that makes a deferred when it is first needed takes {@code succeed V} or {@code
 *       fail V}: the deferred is then made with its result, as {@code defer.succeed} makes one;
 *   <li>anything a line adds, fires, schedules or steps through can be taken out.
 * </ul>
 *
 * <p>An exercise file's fixes are read with the same words ({@link #step}, {@link #flags}, {@link
 * #made}).
 */
final class LineEdit {
    private static final String STEPS = "yield NAME, yield NAME catch, return V or raise V";

    private LineEdit() {}

    /** Each thing {@code line} holds, taken out: a pair, a generator's step, a deferred's own fire, a timed action. */
    static List<LineChange> deletions(Scenario scenario, int line) {
        List<LineChange> found = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            for (int k = 0; k < spec.chain().size(); k++) {
                found.add(new LineChange.DeletePair(spec.name(), k));
            }
            if (spec instanceof DeferredSpec.Inline inline) {
                for (int s = 0; s < inline.steps().size(); s++) {
                    found.add(new LineChange.DeleteStep(spec.name(), s));
                }
            }
            found.add(new LineChange.DeleteFire(spec.name()));
        }
        for (int i = 0; i < scenario.actions().size(); i++) {
            found.add(new LineChange.DeleteAction(i));
        }
        found.removeIf(change -> change.line(scenario).orElse(-1) != line);
        return found;
    }

    /**
     * The change that puts {@code text} in place of what {@code line} holds.
     *
     * @throws ChainInput.Unreadable when the line takes nothing in place of what it holds, or the
     *     text is not what it takes; the message says what it takes
     */
    static LineChange replacement(Scenario scenario, int line, String text) throws ChainInput.Unreadable {
        for (DeferredSpec spec : scenario.deferreds()) {
            for (int k = 0; k < spec.chain().size(); k++) {
                if (on(ScenarioPython.pairLine(scenario, spec.name(), k), line)) {
                    return new LineChange.Replace(spec.name(), k, ChainInput.parse(text));
                }
            }
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Inline inline) {
                for (int s = 0; s < inline.steps().size(); s++) {
                    if (on(ScenarioPython.stepLine(scenario, spec.name(), s), line)) {
                        return new LineChange.ReplaceStep(spec.name(), s, step(text));
                    }
                }
            }
            if (!on(ScenarioPython.makeLine(scenario, spec.name()), line)) {
                continue;
            }
            if (spec instanceof DeferredSpec.ListOf list && !list.options().gather()) {
                return new LineChange.Flags(spec.name(), flags(text));
            }
            if (spec instanceof DeferredSpec.Plain && makesWhenNeeded(scenario, spec)) {
                Optional<Integer> firedOn = firedElsewhere(scenario, spec);
                if (firedOn.isPresent()) {
                    throw new ChainInput.Unreadable("Line " + line + " makes " + Md.code(spec.name()) + ", which line "
                            + firedOn.get() + " fires: made with its result, it would be fired twice.");
                }
                return new LineChange.MadeFired(spec.name(), made(text));
            }
        }
        throw new ChainInput.Unreadable(
                "Line " + line + " adds no pair, holds no step of a generator and makes no deferred that could be"
                        + " made another way, so nothing can go in its place"
                        + (deletions(scenario, line).isEmpty()
                                ? "; pick another line."
                                : "; write " + Md.code(line + ": delete") + " to take it out, or pick another line."));
    }

    /** A generator's step: {@code yield NAME}, {@code yield NAME catch}, {@code return V} or {@code raise V}. */
    static InlineStep step(String text) throws ChainInput.Unreadable {
        try {
            return ScenarioReader.step(text.strip());
        } catch (ScenarioException broken) {
            throw new ChainInput.Unreadable(
                    "A generator's line takes one step, " + STEPS + ": " + broken.problem() + ".");
        }
    }

    /**
     * A DeferredList's flags: any of {@link ListOptions#FLAGS} (any case, {@code =True} allowed,
     * separated by spaces or commas), or {@code none}.
     */
    static ListOptions flags(String text) throws ChainInput.Unreadable {
        Set<String> flags = new LinkedHashSet<>();
        String[] words = text.strip().split("[\\s,]+");
        if (words.length == 1 && words[0].equalsIgnoreCase("none")) {
            return ListOptions.PLAIN;
        }
        for (String word : words) {
            String flag = word.replaceFirst("(?i)=True$", "");
            Optional<String> known = ListOptions.FLAGS.stream()
                    .filter(f -> f.equalsIgnoreCase(flag))
                    .findFirst();
            if (known.isEmpty()) {
                throw new ChainInput.Unreadable("A DeferredList line takes its flags, any of "
                        + String.join(", ", ListOptions.FLAGS) + " (or none), not '" + word + "'.");
            }
            flags.add(known.get());
        }
        return ListOptions.deferredList(flags);
    }

    /** How a deferred is made with its result: {@code succeed V} or {@code fail V}, fired at once. */
    static FireSpec made(String text) throws ChainInput.Unreadable {
        String[] words = text.strip().split("\\s+");
        String how = words[0].toLowerCase(Locale.ROOT);
        if (words.length != 2 || !(how.equals("succeed") || how.equals("fail"))) {
            throw new ChainInput.Unreadable("The line that makes this deferred takes how it is made with its"
                    + " result: succeed V or fail V (a value has no spaces).");
        }
        return new FireSpec(how.equals("succeed") ? FireMethod.CALLBACK : FireMethod.ERRBACK, words[1], Time.ZERO);
    }

    /**
     * What the lines of {@code scenario}'s code take, for the answer format: pairs, steps, flags,
     * succeed/fail, as far as the code has such lines; a number alone takes a line out.
     */
    static String format(Scenario scenario) {
        List<String> takes = new ArrayList<>();
        if (scenario.deferreds().stream().anyMatch(spec -> !spec.chain().isEmpty())
                || scenario.actions().stream().anyMatch(Action.Add.class::isInstance)) {
            takes.add("pairs on a line that adds one, e.g. 7: p r ok");
        }
        if (scenario.deferreds().stream()
                .anyMatch(spec -> spec instanceof DeferredSpec.Inline inline
                        && !inline.steps().isEmpty())) {
            takes.add("a step on a generator's yield, return or raise line: " + STEPS);
        }
        if (scenario.deferreds().stream()
                .anyMatch(spec -> spec instanceof DeferredSpec.ListOf list
                        && !list.options().gather())) {
            takes.add("flags on a DeferredList line: any of " + String.join(", ", ListOptions.FLAGS) + ", or none");
        }
        if (scenario.deferreds().stream()
                .anyMatch(spec -> spec instanceof DeferredSpec.Plain
                        && makesWhenNeeded(scenario, spec)
                        && firedElsewhere(scenario, spec).isEmpty())) {
            takes.add("succeed V or fail V on a line that makes a deferred inside a function");
        }
        if (takes.size() == 1 && takes.get(0).startsWith("pairs")) {
            return "a line number and the pairs that go there, e.g. 7: p r ok; a number alone, e.g. 7, takes the"
                    + " line out";
        }
        return "a line number, a colon and what goes there: " + String.join("; ", takes)
                + "; a number alone, e.g. 7, takes the line out";
    }

    private static boolean on(java.util.OptionalInt at, int line) {
        return at.isPresent() && at.getAsInt() == line;
    }

    private static boolean makesWhenNeeded(Scenario scenario, DeferredSpec spec) {
        return !scenario.isTopLevel(spec.name());
    }

    /** The line that fires {@code spec}, when that is not the line that makes it, if any. */
    private static Optional<Integer> firedElsewhere(Scenario scenario, DeferredSpec spec) {
        java.util.OptionalInt fire = ScenarioPython.fireLine(scenario, spec.name());
        java.util.OptionalInt make = ScenarioPython.makeLine(scenario, spec.name());
        if (fire.isEmpty() || (make.isPresent() && fire.getAsInt() == make.getAsInt())) {
            return Optional.empty();
        }
        return Optional.of(fire.getAsInt());
    }
}

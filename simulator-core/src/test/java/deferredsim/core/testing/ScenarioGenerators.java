package deferredsim.core.testing;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid scenarios: every kind of deferred, references forming a
 * forest (each name referenced at most once, never in a cycle), actions on top-level deferreds
 * only, every unpause after a pause. Names and values include characters that need JSON escapes.
 */
public final class ScenarioGenerators {
    /** Pieces of names and values: plain, needing escapes, non-ASCII, beyond U+FFFF. */
    private static final List<String> SYLLABLES = List.of(
            "a",
            "Z",
            "9",
            "ok",
            "\"",
            "\\",
            "/",
            "\u00e9",
            "\u0001",
            "\u007f",
            "\ud83d\ude00",
            "*",
            "-",
            "\u0080",
            "\u200b",
            "\u4e2d");

    private ScenarioGenerators() {}

    /** Valid scenarios of one to six deferreds and up to five actions. */
    public static Gen<Scenario> scenarios() {
        return in -> new Builder(in).build();
    }

    /** Builds one scenario from the randomness QuickTheories hands in (so failures shrink). */
    private static final class Builder {
        private final RandomnessSource in;

        Builder(RandomnessSource in) {
            this.in = in;
        }

        Scenario build() {
            int count = between(1, 6);
            List<String> names = new ArrayList<>();
            List<Integer> kinds = new ArrayList<>();
            Map<Integer, List<Integer>> children = new HashMap<>();
            List<String> topLevel = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add(word() + i);
                kinds.add(between(0, 2));
                if (i > 0 && between(0, 2) > 0) {
                    children.computeIfAbsent(between(0, i - 1), parent -> new ArrayList<>())
                            .add(i);
                } else {
                    topLevel.add(names.get(i));
                }
            }
            List<DeferredSpec> deferreds = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<String> referenced = new ArrayList<>();
                children.getOrDefault(i, List.of()).forEach(child -> referenced.add(names.get(child)));
                deferreds.add(deferred(names.get(i), kinds.get(i), referenced));
            }
            List<Action> actions = actions(topLevel, deferreds);
            try {
                return Scenario.of(deferreds, actions);
            } catch (ScenarioException broken) {
                throw new AssertionError("the generator made an invalid scenario: " + broken.getMessage(), broken);
            }
        }

        /** A deferred of {@code kind} (0 plain, 1 list, 2 inline) that references each of {@code referenced} once. */
        private DeferredSpec deferred(String name, int kind, List<String> referenced) {
            List<PairSpec> chain = new ArrayList<>();
            List<String> members = new ArrayList<>();
            List<InlineStep> steps = new ArrayList<>();
            for (String child : referenced) {
                if (kind == 0 || between(0, 2) == 0) {
                    chain.add(
                            bool()
                                    ? new PairSpec(new MemberSpec.Defer(child), stage())
                                    : new PairSpec(stage(), new MemberSpec.Defer(child)));
                } else if (kind == 1) {
                    members.add(child);
                } else {
                    steps.add(new InlineStep.Yield(child, bool()));
                }
            }
            for (int i = between(0, 2); i > 0; i--) {
                chain.add(between(0, chain.size()), new PairSpec(stage(), stage()));
            }
            if (kind == 0) {
                Optional<FireSpec> fire =
                        bool() ? Optional.of(new FireSpec(method(), word(), time())) : Optional.empty();
                return new DeferredSpec.Plain(name, chain, fire, canceller());
            } else if (kind == 1) {
                return new DeferredSpec.ListOf(name, members, listOptions(), chain);
            }
            for (int i = between(0, 2); i > 0; i--) {
                steps.add(
                        between(0, steps.size()),
                        bool() ? new InlineStep.Return(word()) : new InlineStep.Raise(word()));
            }
            return new DeferredSpec.Inline(name, steps, chain);
        }

        private List<Action> actions(List<String> topLevel, List<DeferredSpec> deferreds) {
            List<Action> actions = new ArrayList<>();
            for (int i = between(0, 5); i > 0; i--) {
                String target = topLevel.get(between(0, topLevel.size() - 1));
                boolean plain =
                        deferreds.stream().anyMatch(d -> d.name().equals(target) && d instanceof DeferredSpec.Plain);
                Time at = time();
                switch (between(0, 4)) {
                    case 0:
                        actions.add(
                                plain ? new Action.Fire(at, target, method(), word()) : new Action.Cancel(at, target));
                        break;
                    case 1:
                        actions.add(new Action.Cancel(at, target));
                        break;
                    case 2:
                        actions.add(new Action.Pause(at, target));
                        break;
                    case 3:
                        actions.add(new Action.Unpause(at, target));
                        break;
                    default:
                        actions.add(new Action.Add(at, target, new PairSpec(stage(), stage())));
                }
            }
            return pauseBeforeUnpause(actions);
        }

        /** Turns each unpause that has no earlier pause of its deferred into a pause. */
        private static List<Action> pauseBeforeUnpause(List<Action> actions) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> actions.get(i).at()).thenComparing(i -> i));
            Map<String, Integer> open = new HashMap<>();
            List<Action> fixed = new ArrayList<>(actions);
            for (int i : order) {
                Action action = actions.get(i);
                if (action instanceof Action.Unpause && open.getOrDefault(action.deferred(), 0) == 0) {
                    fixed.set(i, new Action.Pause(action.at(), action.deferred()));
                    open.merge(action.deferred(), 1, Integer::sum);
                } else if (action instanceof Action.Pause) {
                    open.merge(action.deferred(), 1, Integer::sum);
                } else if (action instanceof Action.Unpause) {
                    open.merge(action.deferred(), -1, Integer::sum);
                }
            }
            return fixed;
        }

        private MemberSpec stage() {
            switch (between(0, 2)) {
                case 0:
                    return new MemberSpec.Return(word());
                case 1:
                    return new MemberSpec.Fail(word());
                default:
                    return MemberSpec.passthru();
            }
        }

        private Optional<CancellerSpec> canceller() {
            switch (between(0, 2)) {
                case 0:
                    return Optional.empty();
                case 1:
                    return Optional.of(CancellerSpec.Nothing.INSTANCE);
                default:
                    return Optional.of(new CancellerSpec.Fires(method(), word()));
            }
        }

        private ListOptions listOptions() {
            return bool() ? ListOptions.GATHER : new ListOptions(bool(), bool(), bool(), false);
        }

        private FireMethod method() {
            return bool() ? FireMethod.CALLBACK : FireMethod.ERRBACK;
        }

        /**
         * Whole seconds, quarters, any nanosecond time up to 1000 s, tenths read as floats (0.1,
         * 0.2, 0.3: their sums are not exact in binary), or a float of any size up to 1e12 s.
         */
        private Time time() {
            switch (between(0, 4)) {
                case 0:
                    return Time.ofSeconds(between(0, 9));
                case 1:
                    return Time.ofNanos(between(0, 40) * 250_000_000L);
                case 2:
                    return Time.ofNanos(
                            Generate.longRange(0, 1_000_000_000_000L).generate(in));
                case 3:
                    return Time.ofDouble(between(0, 30) / 10.0);
                default:
                    return Time.ofDouble(Math.pow(10, Generate.range(-60, 120).generate(in) / 10.0));
            }
        }

        /** One to three syllables: never empty, never whitespace. */
        private String word() {
            StringBuilder word = new StringBuilder();
            for (int i = between(1, 3); i > 0; i--) {
                word.append(SYLLABLES.get(between(0, SYLLABLES.size() - 1)));
            }
            return word.toString();
        }

        private boolean bool() {
            return between(0, 1) == 1;
        }

        private int between(int low, int high) {
            return Generate.range(low, high).generate(in);
        }
    }
}

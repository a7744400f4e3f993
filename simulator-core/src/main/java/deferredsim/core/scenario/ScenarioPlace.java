package deferredsim.core.scenario;

import deferredsim.core.recording.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a scenario a problem is, as typed parts rather than a JSON path: the whole scenario, a
 * deferred (by its index, and within it a pair of its chain and a member, a list member, a
 * generator step, or another field), or an action (and within it a field or its pair's member).
 * {@link ScenarioException#place()} gives the place of any problem the readers and rules report;
 * editors attach a problem to the field it names and say it in words ({@link #words}).
 */
public sealed interface ScenarioPlace {
    /** The scenario as a whole (its format, its top-level keys). */
    record Whole() implements ScenarioPlace {}

    /**
     * Deferred {@code index} (0-based, in declaration order), at {@code part} within it.
     *
     * @param index the deferred's position in {@code $.deferreds}
     * @param part where within it
     */
    record InDeferred(int index, Part part) implements ScenarioPlace {}

    /**
     * Action {@code index} (0-based, in listed order), at {@code field} within it ("" for the action
     * itself), or at one member of the pair it adds.
     */
    record InAction(int index, String field, Optional<Side> pairMember) implements ScenarioPlace {}

    /** A place within one deferred. */
    sealed interface Part {
        /** The deferred as a whole. */
        record Itself() implements Part {}

        /** Pair {@code pair} of its chain (0-based, its stage number), or one of its members. */
        record Pair(int pair, Optional<Side> member) implements Part {}

        /** Member {@code member} (0-based) of a list's {@code list}. */
        record ListMember(int member) implements Part {}

        /** Step {@code step} (0-based) of a generator's {@code inline} steps. */
        record Step(int step) implements Part {}

        /** Another field: {@code name}, {@code fire.after}, {@code canceller}, {@code gather}... */
        record Field(String path) implements Part {}
    }

    /**
     * The place a JSON path of this contract names ({@code $.deferreds[2].chain[0][1]}, {@code
     * $.actions[1].at}); {@link Whole} for anything else.
     */
    static ScenarioPlace of(String path) {
        List<String> steps = steps(path);
        if (steps.size() >= 2 && steps.get(0).equals("deferreds") && isIndex(steps.get(1))) {
            return new InDeferred(Integer.parseInt(steps.get(1)), part(steps.subList(2, steps.size())));
        }
        if (steps.size() >= 2 && steps.get(0).equals("actions") && isIndex(steps.get(1))) {
            List<String> rest = steps.subList(2, steps.size());
            Optional<Side> member =
                    rest.size() >= 2 && rest.get(0).equals("pair") ? side(rest.get(1)) : Optional.empty();
            String field = rest.isEmpty() ? "" : rest.get(0);
            return new InAction(Integer.parseInt(steps.get(1)), field, member);
        }
        return new Whole();
    }

    /**
     * The place in words, naming deferreds by {@code names} (index to name; a blank or missing name
     * is "deferred N"): {@code d, pair 2, callback}; {@code action 1, at}; {@code scenario}.
     */
    default String words(List<String> names) {
        return switch (this) {
            case Whole whole -> "scenario";
            case InDeferred d -> {
                String name = d.index() < names.size() && !names.get(d.index()).isBlank()
                        ? names.get(d.index())
                        : "deferred " + (d.index() + 1);
                yield switch (d.part()) {
                    case Part.Itself itself -> name;
                    case Part.Pair pair ->
                        name + ", pair " + (pair.pair() + 1)
                                + pair.member().map(s -> ", " + s.word()).orElse("");
                    case Part.ListMember member -> name + ", member " + (member.member() + 1);
                    case Part.Step step -> name + ", step " + (step.step() + 1);
                    case Part.Field field -> name + ", " + field.path().replace('.', ' ');
                };
            }
            case InAction a -> "action " + (a.index() + 1) + (a.field().isEmpty() ? "" : ", " + a.field());
        };
    }

    private static Part part(List<String> rest) {
        if (rest.isEmpty()) {
            return new Part.Itself();
        }
        String key = rest.get(0);
        if (key.equals("chain") && rest.size() >= 2 && isIndex(rest.get(1))) {
            return new Part.Pair(
                    Integer.parseInt(rest.get(1)), rest.size() >= 3 ? side(rest.get(2)) : Optional.empty());
        }
        if (key.equals("list") && rest.size() >= 2 && isIndex(rest.get(1))) {
            return new Part.ListMember(Integer.parseInt(rest.get(1)));
        }
        if (key.equals("inline") && rest.size() >= 2 && isIndex(rest.get(1))) {
            return new Part.Step(Integer.parseInt(rest.get(1)));
        }
        return new Part.Field(
                String.join(".", rest.stream().filter(s -> !isIndex(s)).toList()));
    }

    private static Optional<Side> side(String index) {
        return switch (index) {
            case "0" -> Optional.of(Side.CALLBACK);
            case "1" -> Optional.of(Side.ERRBACK);
            default -> Optional.empty();
        };
    }

    /** {@code $.deferreds[2].chain[0][1]} as {@code deferreds, 2, chain, 0, 1}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        if (path == null || !path.startsWith("$")) {
            return steps;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                if (!word.isEmpty()) {
                    steps.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            steps.add(word.toString());
        }
        return steps;
    }

    private static boolean isIndex(String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit) && step.length() < 10;
    }
}

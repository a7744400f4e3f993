package deferredsim.cli.repl;

import deferredsim.core.scenario.ScenarioPlace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a place in the scenario the way the prompt does: the contract's JSON paths ({@code
 * $.deferreds[0].chain[1][0]}) mean nothing to someone who typed the chain, so they become "d's
 * stage 1 callback", "action 2 ('at' lists them)" and so on.
 */
final class PromptWords {
    private static final Pattern PATH = Pattern.compile("\\$((?:\\.[A-Za-z]+|\\[\\d+\\])*)");

    private PromptWords() {}

    /** {@code text} with every JSON path in it replaced by words, deferreds named as in {@code names}. */
    static String of(String text, List<String> names) {
        Matcher path = PATH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (path.find()) {
            path.appendReplacement(out, Matcher.quoteReplacement(place(path.group(1), names)));
        }
        path.appendTail(out);
        return out.toString();
    }

    /** The words for one path (without its leading {@code $}), read as the core's {@link ScenarioPlace}. */
    static String place(String path, List<String> names) {
        return switch (ScenarioPlace.of("$" + path)) {
            case ScenarioPlace.Whole whole -> "the scenario";
            case ScenarioPlace.InDeferred in -> {
                String name = in.index() < names.size() ? names.get(in.index()) : "deferred " + (in.index() + 1);
                yield deferredPlace(name, in.part());
            }
            case ScenarioPlace.InAction in ->
                (in.field().equals("pair") ? "the pair of " : "") + "action " + (in.index() + 1) + " ('at' lists them)";
        };
    }

    private static String deferredPlace(String name, ScenarioPlace.Part part) {
        return switch (part) {
            case ScenarioPlace.Part.Itself itself -> name;
            case ScenarioPlace.Part.Pair pair ->
                name + "'s stage " + pair.pair()
                        + pair.member().map(side -> " " + side.word()).orElse("");
            case ScenarioPlace.Part.ListMember member -> "member " + (member.member() + 1) + " of " + name;
            case ScenarioPlace.Part.Step step -> "step " + (step.step() + 1) + " of " + name;
            case ScenarioPlace.Part.Field field -> {
                String key = field.path().split("\\.", -1)[0];
                yield switch (key) {
                    case "chain" -> name + "'s chain";
                    case "list" -> name + "'s members";
                    case "inline" -> name + "'s steps";
                    case "fire" -> "how " + name + " fires";
                    default -> name + "'s " + key.toLowerCase(Locale.ROOT);
                };
            }
        };
    }
}

package deferredsim.cli.repl;

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
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]+)|\\[(\\d+)\\]");

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

    /** The words for one path (without its leading {@code $}). */
    static String place(String path, List<String> names) {
        Matcher steps = STEP.matcher(path);
        List<String> parts = new java.util.ArrayList<>();
        while (steps.find()) {
            parts.add(steps.group(1) != null ? steps.group(1) : "#" + steps.group(2));
        }
        if (parts.size() >= 2 && parts.get(0).equals("deferreds")) {
            int index = Integer.parseInt(parts.get(1).substring(1));
            String name = index < names.size() ? names.get(index) : "deferred " + (index + 1);
            return deferredPlace(name, parts.subList(2, parts.size()));
        }
        if (parts.size() >= 2 && parts.get(0).equals("actions")) {
            int number = Integer.parseInt(parts.get(1).substring(1)) + 1;
            boolean pair = parts.size() > 2 && parts.get(2).equals("pair");
            return (pair ? "the pair of " : "") + "action " + number + " ('at' lists them)";
        }
        return "the scenario";
    }

    private static String deferredPlace(String name, List<String> rest) {
        if (rest.isEmpty()) {
            return name;
        }
        String key = rest.get(0);
        String at = rest.size() > 1 ? rest.get(1).substring(1) : null;
        return switch (key) {
            case "chain" -> {
                if (at == null) {
                    yield name + "'s chain";
                }
                String side = rest.size() > 2 ? (rest.get(2).equals("#0") ? " callback" : " errback") : "";
                yield name + "'s stage " + at + side;
            }
            case "list" -> at == null ? name + "'s members" : "member " + (Integer.parseInt(at) + 1) + " of " + name;
            case "inline" -> at == null ? name + "'s steps" : "step " + (Integer.parseInt(at) + 1) + " of " + name;
            case "fire" -> "how " + name + " fires";
            default -> name + "'s " + key.toLowerCase(Locale.ROOT);
        };
    }
}

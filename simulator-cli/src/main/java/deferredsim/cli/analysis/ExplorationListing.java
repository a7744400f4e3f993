package deferredsim.cli.analysis;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.scenario.PairSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text of an {@link Exploration}: a header, then one table per firing. */
final class ExplorationListing {
    /** The most endings listed per firing; the records hold all of them. */
    static final int MAX_LISTED_ENDINGS = 256;

    private ExplorationListing() {}

    /**
     * The listing: the chain by stage, how combinations are made, then per firing a table with one
     * row per ending, the path written once above its first ending; at most {@link
     * #MAX_LISTED_ENDINGS} rows per firing, then a line saying how many were left out.
     */
    static List<String> lines(Exploration exploration) {
        List<String> out = new ArrayList<>();
        List<PairSpec> chain = exploration.chain();
        int stages = chain.size();
        out.add("All possible firings of this chain of " + count(stages, "stage") + ": 2^" + stages + " = "
                + count(1 << stages, "combination") + " for each firing.");
        for (int stage = 0; stage < stages; stage++) {
            out.add("  stage " + stage + ": " + ChainRun.pairText(chain.get(stage)));
        }
        out.add("In a combination, the member that runs in each stage either returns or raises:");
        out.add("return V raises as fail V; fail V returns V; passthru returns its argument or raises");
        out.add("it (an errback's passthru fails either way, so its two combinations take one path).");
        out.add("A path is the side (cb or eb) that ran in each stage, numbered above it.");
        for (Exploration.Firing firing : exploration.firings()) {
            out.add("");
            out.addAll(firing(firing, stages, exploration.initial()));
        }
        return out;
    }

    /** The heading and the table of one firing. */
    private static List<String> firing(Exploration.Firing firing, int stages, String initial) {
        List<String> out = new ArrayList<>();
        out.add(ChainRun.firingText(firing.method(), initial) + ": " + count(firing.combinations(), "combination")
                + ", " + count(firing.paths().size(), "path") + ", " + count(firing.endings(), "ending"));
        String pathHeader = stageNumbers(stages);
        int pathWidth = Math.max(pathHeader.length(), Math.max("(none)".length(), 3 * stages - 1));
        String countHeader = "count";
        List<String[]> rows = new ArrayList<>();
        int listed = 0;
        for (Exploration.Path path : firing.paths()) {
            String steps = pathText(path);
            for (Exploration.Ending ending : path.endings()) {
                if (listed++ >= MAX_LISTED_ENDINGS) {
                    break;
                }
                rows.add(new String[] {
                    steps, String.valueOf(ending.combinations()), resultText(ending), flowText(ending.example())
                });
                steps = "";
            }
        }
        int countWidth = countHeader.length();
        int resultWidth = "final result".length();
        for (String[] row : rows) {
            countWidth = Math.max(countWidth, row[1].length());
            resultWidth = Math.max(resultWidth, row[2].length());
        }
        out.add(row(pathWidth, countWidth, resultWidth, pathHeader, countHeader, "final result", "example"));
        for (String[] row : rows) {
            out.add(row(pathWidth, countWidth, resultWidth, row[0], row[1], row[2], row[3]));
        }
        if (firing.endings() > MAX_LISTED_ENDINGS) {
            out.add("  ... and " + count(firing.endings() - MAX_LISTED_ENDINGS, "more ending")
                    + " not listed (the first " + MAX_LISTED_ENDINGS + " are shown).");
        }
        return out;
    }

    /** One table row: path, right-aligned count, final result, example; no trailing spaces. */
    private static String row(
            int pathWidth, int countWidth, int resultWidth, String path, String count, String result, String example) {
        String line = "  " + pad(path, pathWidth) + "  " + " ".repeat(countWidth - count.length()) + count + "  "
                + pad(result, resultWidth) + "  " + example;
        return line.stripTrailing();
    }

    /** {@code 0  1  2}: stage numbers, one above each side of a path. */
    private static String stageNumbers(int stages) {
        List<String> numbers = new ArrayList<>();
        for (int stage = 0; stage < stages; stage++) {
            numbers.add(pad(String.valueOf(stage), 2));
        }
        return String.join(" ", numbers).stripTrailing();
    }

    /** {@code cb cb eb}: the side of each stage in order. */
    private static String pathText(Exploration.Path path) {
        List<String> sides = new ArrayList<>();
        path.steps().forEach(step -> sides.add(step.shortSide()));
        return sides.isEmpty() ? "(none)" : String.join(" ", sides);
    }

    /** The final result, flagged {@code (unhandled)} when Twisted would report it. */
    private static String resultText(Exploration.Ending ending) {
        return ValueText.of(ending.result()) + (ending.unhandled() ? " (unhandled)" : "");
    }

    /** {@code 'initial' -> 'a' -> c*}: the value entering the first stage, then each stage's output. */
    private static String flowText(Exploration.Combination combination) {
        List<DeferredSnapshot.StageRun> runs = combination.runs();
        if (runs.isEmpty()) {
            return "(no stage runs)";
        }
        StringBuilder flow = new StringBuilder(ValueText.of(runs.get(0).in()));
        for (DeferredSnapshot.StageRun ran : runs) {
            flow.append(" -> ").append(ValueText.of(ran.out()));
        }
        return flow.toString();
    }

    /** {@code 1 path}, {@code 65,536 combinations}. */
    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}

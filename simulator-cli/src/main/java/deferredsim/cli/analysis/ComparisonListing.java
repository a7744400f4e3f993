package deferredsim.cli.analysis;

import deferredsim.cli.analysis.ChainComparison.Firing;
import deferredsim.cli.analysis.ChainComparison.Mark;
import deferredsim.cli.analysis.ChainComparison.Result;
import deferredsim.cli.analysis.ChainComparison.Row;
import deferredsim.cli.analysis.ChainComparison.Step;
import deferredsim.core.scenario.FireMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The side-by-side text of a {@link ChainComparison}: the two chains as A and B, then per firing
 * one row per aligned step with a mark ({@code =} same, {@code !} different, {@code <} only in A,
 * {@code >} only in B), the final results, and a sentence on where the paths part.
 */
final class ComparisonListing {
    private static final String PART_HERE = "   <- the paths part here";

    private ComparisonListing() {}

    /** The header (both chains, the marks) and one block per firing. */
    static List<String> lines(ChainComparison comparison) {
        List<String> out = new ArrayList<>();
        String initial = comparison.initial();
        out.add("Two chains, each fired with " + ChainRun.firingText(FireMethod.CALLBACK, initial) + " and with "
                + ChainRun.firingText(FireMethod.ERRBACK, initial) + ":");
        String a = ValueText.printable(comparison.left().label());
        String b = ValueText.printable(comparison.right().label());
        int labelWidth = Math.max(a.length(), b.length());
        out.add("  A  " + pad(a, labelWidth) + "  "
                + ChainRun.chainText(comparison.left().pairs()));
        out.add("  B  " + pad(b, labelWidth) + "  "
                + ChainRun.chainText(comparison.right().pairs()));
        out.add("Marks: = the same step in both, ! different steps, < only in A, > only in B.");
        for (Firing firing : comparison.firings()) {
            out.add("");
            out.addAll(firing(firing, initial));
        }
        return out;
    }

    /**
     * One firing: a row per aligned step, a result row marked {@code =} or {@code !}, an arrow at
     * the row where the paths part, then the summary.
     */
    private static List<String> firing(Firing firing, String initial) {
        List<String[]> rows = new ArrayList<>();
        for (Row row : firing.rows()) {
            rows.add(new String[] {mark(row.mark()), stepText(row.left()), stepText(row.right())});
        }
        rows.add(new String[] {
            firing.resultsDiffer() ? "!" : "=",
            "result " + resultText(firing.left()),
            "result " + resultText(firing.right())
        });
        int width = "A".length();
        for (String[] row : rows) {
            width = Math.max(width, row[1].length());
        }
        List<String> out = new ArrayList<>();
        out.add(ChainRun.firingText(firing.method(), initial));
        out.add(("     " + pad("A", width) + "   B").stripTrailing());
        OptionalInt divergence = firing.divergence();
        for (int index = 0; index < rows.size(); index++) {
            String[] row = rows.get(index);
            String line = "  " + row[0] + "  " + pad(row[1], width) + "   " + row[2];
            if (divergence.isPresent() && divergence.getAsInt() == index) {
                line += PART_HERE;
            }
            out.add(line.stripTrailing());
        }
        out.addAll(summary(firing));
        return out;
    }

    /** One sentence on the paths, one on the final results. */
    private static List<String> summary(Firing firing) {
        OptionalInt divergence = firing.divergence();
        String paths;
        if (divergence.isPresent()) {
            Row row = firing.rows().get(divergence.getAsInt());
            paths = "The paths part at row " + (divergence.getAsInt() + 1) + ": A " + where(row.left()) + ", B "
                    + where(row.right()) + ".";
        } else if (firing.rows().stream().allMatch(row -> row.mark() == Mark.SAME)) {
            paths = "Same path.";
        } else {
            paths = "The paths differ only by pass-through stages.";
        }
        String results = firing.resultsDiffer()
                ? "The final results differ: A ends with " + resultText(firing.left()) + ", B with "
                        + resultText(firing.right()) + "."
                : "Both end with " + resultText(firing.left()) + ".";
        return List.of("  " + paths, "  " + results);
    }

    /** What one chain does at the row where the paths part. */
    private static String where(Optional<Step> step) {
        return step.map(s -> "runs stage " + s.stage() + " " + s.side().word() + " (" + ChainRun.memberText(s.member())
                        + ")")
                .orElse("runs nothing there");
    }

    private static String mark(Mark mark) {
        switch (mark) {
            case SAME:
                return "=";
            case CHANGED:
                return "!";
            case LEFT_ONLY:
                return "<";
            default:
                return ">";
        }
    }

    /** {@code 0 callback fail x: 'initial' -> x*}, or nothing. */
    private static String stepText(Optional<Step> step) {
        return step.map(s -> s.stage() + " " + s.side().word() + " " + ChainRun.memberText(s.member()) + ": "
                        + ValueText.of(s.in()) + " -> " + ValueText.of(s.out()))
                .orElse("");
    }

    /** The final result, flagged {@code (unhandled)} when Twisted would report it. */
    private static String resultText(Result result) {
        return ValueText.of(result.value()) + (result.unhandled() ? " (unhandled)" : "");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}

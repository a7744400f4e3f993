package deferredsim.cli.analysis;

import deferredsim.cli.analysis.ChainComparison.Mark;
import deferredsim.cli.analysis.ChainComparison.Row;
import deferredsim.cli.analysis.ChainComparison.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aligns two runs' steps like a text diff: a longest common subsequence of steps that match
 * (same side, member, input and output; stage numbers may differ), and between two matches the
 * unmatched steps paired up in order as changed rows, the surplus as one-sided rows.
 */
final class StepAlignment {
    private StepAlignment() {}

    /**
     * The rows of {@code left} against {@code right}: every step of each appears exactly once, in
     * its own order; matched steps share a row marked SAME.
     */
    static List<Row> align(List<Step> left, List<Step> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = matches(left.get(i), right.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Step> pendingLeft = new ArrayList<>();
        List<Step> pendingRight = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size()
                    && j < right.size()
                    && matches(left.get(i), right.get(j))
                    && common[i][j] == common[i + 1][j + 1] + 1) {
                flush(pendingLeft, pendingRight, rows);
                rows.add(new Row(Mark.SAME, Optional.of(left.get(i++)), Optional.of(right.get(j++))));
            } else if (j == right.size() || (i < left.size() && common[i + 1][j] >= common[i][j + 1])) {
                pendingLeft.add(left.get(i++));
            } else {
                pendingRight.add(right.get(j++));
            }
        }
        flush(pendingLeft, pendingRight, rows);
        return rows;
    }

    /** Two steps match when the same side ran the same member on the same input with the same output. */
    static boolean matches(Step a, Step b) {
        return a.side() == b.side()
                && a.member().equals(b.member())
                && a.in().equals(b.in())
                && a.out().equals(b.out());
    }

    /** Emits the unmatched steps met since the last match, paired as CHANGED rows, the surplus one-sided; then clears them. */
    private static void flush(List<Step> left, List<Step> right, List<Row> rows) {
        int paired = Math.min(left.size(), right.size());
        for (int k = 0; k < paired; k++) {
            rows.add(new Row(Mark.CHANGED, Optional.of(left.get(k)), Optional.of(right.get(k))));
        }
        for (int k = paired; k < left.size(); k++) {
            rows.add(new Row(Mark.LEFT_ONLY, Optional.of(left.get(k)), Optional.empty()));
        }
        for (int k = paired; k < right.size(); k++) {
            rows.add(new Row(Mark.RIGHT_ONLY, Optional.empty(), Optional.of(right.get(k))));
        }
        left.clear();
        right.clear();
    }
}

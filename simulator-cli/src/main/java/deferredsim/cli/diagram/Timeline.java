package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.reading.MomentKind;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The virtual clock as text: one row per event of a recording, in order, grouped by time; the
 * first row of each time shows it ({@code t=0}, {@code t=2}, ... and {@code end} for the final
 * results), then a short tag ({@code fire}, {@code run}, {@code wait}, {@code resume}, {@code
 * cancel}, {@code clock}, ...) and what happened. A marker {@code =>} and {@link Style#ACTIVE} point
 * at one event.
 *
 * <p>Rendering is a pure function of the recording; a window around the marker keeps the cost
 * proportional to the rows shown, so a 100,000-event recording is as quick to show as a small one.
 * Get one with {@link #of(Scenario, Recording)}.
 */
public final class Timeline {
    private static final String END = "end";
    private static final int MIN_TEXT = 16;

    private final Scene scene;
    private final int labelWidth;

    private Timeline(Scene scene) {
        this.scene = scene;
        int widest = END.length();
        Time last = null;
        for (int i = 0; i < scene.reading.size(); i++) {
            if (!scene.reading.time(i).equals(last)) {
                last = scene.reading.time(i);
                widest = Math.max(widest, Words.time(last).length());
            }
        }
        this.labelWidth = widest;
    }

    /**
     * The timeline of {@code recording}, which {@code Simulation.run(scenario)} returned.
     *
     * @throws NullPointerException if either is null
     */
    public static Timeline of(Scenario scenario, Recording recording) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(recording, "recording");
        return new Timeline(Scene.of(scenario, recording));
    }

    static Timeline of(Scene scene) {
        return new Timeline(scene);
    }

    /** The number of events, one row each. */
    public int size() {
        return scene.recording.size();
    }

    /**
     * Every row, unwrapped, with the marker at event {@code marker} ({@code -1}, or any index
     * outside the recording, for none).
     */
    public List<StyledLine> render(int marker) {
        List<StyledLine> lines = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            lines.addAll(entry(i, marker, false, Integer.MAX_VALUE));
        }
        return List.copyOf(lines);
    }

    /**
     * At most {@code maxRows} lines around event {@code marker}, each at most {@code width}
     * columns (long rows wrap; a single word longer than that stays whole). When rows are left out,
     * a first or last line says how many; the first row shown always shows its time.
     *
     * @throws IllegalArgumentException if {@code maxRows} is less than 1
     */
    public List<StyledLine> render(int marker, int width, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("at least one row, not " + maxRows);
        }
        int n = size();
        if (n == 0) {
            return List.of(StyledLine.of("(nothing happened)", Style.MUTED));
        }
        int centre = Math.max(0, Math.min(marker, n - 1));
        int lo = centre;
        int hi = centre + 1;
        List<List<StyledLine>> shown = new ArrayList<>();
        shown.add(entry(centre, marker, false, width));
        int rows = shown.get(0).size();
        int budget = Math.max(1, maxRows - 2);
        int above = marker < 0 ? 0 : budget / 3;
        while (lo > 0
                && rows + lines(lo - 1, marker, width)
                        <= Math.min(budget, shown.get(0).size() + above)) {
            shown.add(0, entry(--lo, marker, false, width));
            rows += shown.get(0).size();
        }
        while (hi < n && rows + lines(hi, marker, width) <= budget) {
            shown.add(entry(hi++, marker, false, width));
            rows += shown.get(shown.size() - 1).size();
        }
        while (lo > 0 && rows + lines(lo - 1, marker, width) <= budget) {
            shown.add(0, entry(--lo, marker, false, width));
            rows += shown.get(0).size();
        }
        List<StyledLine> result = new ArrayList<>();
        if (lo > 0) {
            result.add(StyledLine.of("  ... " + Words.count(lo, "earlier event"), Style.MUTED));
        }
        for (int i = 0; i < shown.size(); i++) {
            List<StyledLine> entry = i == 0 ? entry(lo, marker, true, width) : shown.get(i);
            result.addAll(entry);
        }
        if (hi < n) {
            result.add(StyledLine.of("  ... " + Words.count(n - hi, "later event"), Style.MUTED));
        }
        return List.copyOf(result.size() > maxRows ? result.subList(0, maxRows) : result);
    }

    /** How many lines event {@code index} takes at {@code width}. */
    private int lines(int index, int marker, int width) {
        return entry(index, marker, false, width).size();
    }

    /** The rows of event {@code index}: one, or more when wrapped to {@code width}. */
    private List<StyledLine> entry(int index, int marker, boolean forceLabel, int width) {
        EventLine line = EventLine.of(scene.reading, index);
        String label = label(index);
        boolean first = forceLabel || index == 0 || !label.equals(label(index - 1));
        boolean active = index == marker;
        String gutter = (active ? "=>" : "  ") + pad(first ? label : "", labelWidth, true) + "  ";
        String tag = pad(line.tag(), EventLine.TAG_WIDTH, false) + " ";
        int indent = Columns.width(gutter) + Columns.width(tag);
        List<String> texts = Wrap.words(line.text(), Math.max(MIN_TEXT, width - indent));
        List<StyledLine> rows = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            StyledLine.Builder row = StyledLine.builder();
            if (active) {
                row.append(t == 0 ? gutter + tag + texts.get(t) : " ".repeat(indent) + texts.get(t), Style.ACTIVE);
            } else if (t == 0) {
                row.append("  ")
                        .append(gutter.substring(2), Style.TIME)
                        .append(tag, Style.MUTED)
                        .append(texts.get(t), line.style());
            } else {
                row.append(" ".repeat(indent)).append(texts.get(t), line.style());
            }
            rows.add(row.build());
        }
        return rows;
    }

    /** The time group of event {@code index}: {@code t=2}, or {@code end} for the final results. */
    private String label(int index) {
        return scene.reading.kind(index) == MomentKind.END ? END : Words.time(scene.reading.time(index));
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - Columns.width(s)));
        return right ? fill + s : s + fill;
    }
}

package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The picture of a whole scenario's run, as text: every deferred as a lane with its chain of
 * callback/errback pair boxes, the value on the arrow into and out of every stage, the side that
 * ran marked {@code >}, how it fired at the top and its result (or state) at the bottom.
 *
 * <p>A deferred that a stage returned, that a list holds or that a generator yielded is drawn
 * beside the deferred that made it: an arrow points at it, the outer chain waits (a dotted bar)
 * and an arrow brings the inner's result back into the outer's next stage, as in the Twisted
 * introduction's picture of an outer and an inner deferred side by side. Timed actions ({@code
 * t=1 d.pause()}, a late {@code callback} and its {@code AlreadyCalledError}, pairs added later) are
 * written where in the chain they happened.
 *
 * <p>The picture is drawn for a terminal of a given width: trees of deferreds go side by side while
 * they fit, and an inner deferred that would not fit beside its outer one is drawn further down
 * and named where it is used. When a single lane is still wider than the terminal (long values
 * widen lanes), the first line says so. Rendering is a pure function of the scenario and its
 * recording; nothing re-runs the engine. Get one with {@link #of(Scenario, Recording)}.
 */
public final class ScenarioDiagram {
    private final Scene scene;

    private ScenarioDiagram(Scene scene) {
        this.scene = scene;
    }

    /**
     * The diagram of {@code recording}, which {@code Simulation.run(scenario)} returned.
     *
     * @throws NullPointerException if either is null
     */
    public static ScenarioDiagram of(Scenario scenario, Recording recording) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(recording, "recording");
        return new ScenarioDiagram(Scene.of(scenario, recording));
    }

    /** Package access for the stepper, which shares the fold. */
    static ScenarioDiagram of(Scene scene) {
        return new ScenarioDiagram(scene);
    }

    /**
     * The whole run, laid out for a terminal {@code width} columns wide: the lanes, then one line
     * per deferred never created, then a one-line legend. When the picture is wider than {@code
     * width}, the first line says how wide it is.
     *
     * @throws IllegalArgumentException if {@code width} is less than 1
     */
    public List<StyledLine> render(int width) {
        Drawing drawing = draw(width);
        List<StyledLine> lines = new ArrayList<>();
        if (drawing.width() > width) {
            lines.add(tooWide(drawing.width(), width));
        }
        lines.addAll(drawing.paint(scene.recording.size(), 0, drawing.height()));
        if (!scene.unused.isEmpty()) {
            lines.add(StyledLine.empty());
        }
        for (String name : scene.unused) {
            lines.add(StyledLine.of(Unused.explain(scene.scenario, name), Style.MUTED));
        }
        lines.add(StyledLine.empty());
        lines.addAll(legend(width));
        return List.copyOf(lines);
    }

    /**
     * The number of columns the picture takes when laid out for a terminal {@code width} columns
     * wide; more than {@code width} when some lane cannot be narrower.
     */
    public int widthFor(int width) {
        return draw(width).width();
    }

    Drawing draw(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("a width is at least 1 column, not " + width);
        }
        return Layout.draw(scene, width);
    }

    /** The line that says the picture is wider than the terminal. */
    static StyledLine tooWide(int needed, int width) {
        return StyledLine.of(
                "(this diagram is " + needed + " columns wide, wider than the " + width
                        + " available: widen the terminal or scroll sideways)",
                Style.WARNING);
    }

    /** How to read the picture: one line, or more when {@code width} is narrow. */
    static List<StyledLine> legend(int width) {
        List<StyledLine> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("legend:");
        boolean first = true;
        for (String item : List.of("> side that ran", "v value flows down", ": waiting/paused", "x* failure")) {
            if (!first && line.length() + 3 + item.length() > width) {
                lines.add(StyledLine.of(line.toString(), Style.MUTED));
                line.setLength(0);
                line.append("       ");
                first = true;
            }
            line.append(first ? " " : "   ").append(item);
            first = false;
        }
        lines.add(StyledLine.of(line.toString(), Style.MUTED));
        return lines;
    }
}

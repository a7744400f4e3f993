package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the diagram shows about one created deferred, each fact tagged with the index of the
 * event that made it true: its header, a generator's steps or a list's members, the gaps and stage
 * boxes of its chain, and the versions of its result line. The fold in {@link SceneBuilder} fills
 * it; the layout only reads it.
 */
final class Column {
    /** A slot of rows: a gap between stages, or the wait after a generator's yield. */
    static final class Slot {
        final List<Row> rows = new ArrayList<>();
        /** When the arrow closing the slot appears (the next stage ran, or the chain ended), or -1. */
        int closedAt = -1;
    }

    /** One step of an inline generator, with the rows of its wait when it is a yield. */
    static final class Step {
        final int index;
        final InlineStep step;
        final String child;
        final Slot slot = new Slot();
        int reached = -1;
        /** False when the yielded deferred had its result already, so the generator never waited. */
        boolean waited = true;

        Step(int index, InlineStep step) {
            this.index = index;
            this.step = step;
            this.child = step instanceof InlineStep.Yield ? ((InlineStep.Yield) step).name() : null;
        }
    }

    /**
     * One text of the result line, shown from event {@code from} on; {@code depicts} is false when
     * another mark shows that event better (the result line only says "running").
     */
    record Version(String text, Style style, int from, String warning, boolean depicts) {
        Version(String text, Style style, int from, String warning) {
            this(text, style, from, warning, true);
        }
    }

    final String name;
    final DeferredSpec spec;
    final DeferredKind kind;
    final int created;
    final Time createdAt;
    final String parent;
    final String origin;
    final List<Step> steps = new ArrayList<>();
    private final Map<String, Step> stepsByChild = new HashMap<>();
    /** A list's notes from before it fires, drawn above its members. */
    final Slot intro = new Slot();

    final List<Slot> gaps = new ArrayList<>();
    final List<StageBox> boxes = new ArrayList<>();
    final List<Version> versions = new ArrayList<>();
    /** The deferred that took this one's result (leaving it None), or null. */
    String handedTo;
    /** The event at which the deferred first had a result, or -1. */
    int entered = -1;

    Column(
            String name,
            DeferredSpec spec,
            DeferredKind kind,
            int created,
            Time createdAt,
            String parent,
            String origin) {
        this.name = name;
        this.spec = spec;
        this.kind = kind;
        this.created = created;
        this.createdAt = createdAt;
        this.parent = parent;
        this.origin = origin;
        gaps.add(new Slot());
    }

    /** Where it came from and when, for a deferred that is not top-level: {@code returned by d's stage 0, t=0}. */
    String originLine() {
        return origin.isEmpty() ? "" : origin + ", " + Words.time(createdAt);
    }

    /** The text of the result line shown from event {@code index}, or null when none starts there. */
    String versionAt(int index) {
        for (Version version : versions) {
            if (version.from() == index) {
                return version.text();
            }
        }
        return null;
    }

    /** The list's members, or an empty list. */
    List<String> members() {
        return spec instanceof DeferredSpec.ListOf ? ((DeferredSpec.ListOf) spec).members() : List.of();
    }

    /** The children drawn beside this lane, in drawing order: members, yields, then stage returns. */
    List<String> children() {
        List<String> children = new ArrayList<>(members());
        for (Step step : steps) {
            if (step.child != null && step.reached >= 0) {
                children.add(step.child);
            }
        }
        for (Slot gap : gaps) {
            for (Row row : gap.rows) {
                if (row.kind == Row.Kind.VALUE && row.link != null && row.linkFrom >= 0) {
                    children.add(row.link);
                }
            }
        }
        return children;
    }

    /** Adds a generator step. */
    void addStep(Step step) {
        steps.add(step);
        if (step.child != null) {
            stepsByChild.put(step.child, step);
        }
    }

    /** The generator step that yields {@code child}, or null. */
    Step stepYielding(String child) {
        return stepsByChild.get(child);
    }

    /** Adds a stage box and the gap below it. */
    void addBox(StageBox box) {
        boxes.add(box);
        gaps.add(new Slot());
    }

    /** The side stage {@code k} ran, or null when it has not run. */
    Side ranSide(int k) {
        return k < boxes.size() ? boxes.get(k).ran : null;
    }
}

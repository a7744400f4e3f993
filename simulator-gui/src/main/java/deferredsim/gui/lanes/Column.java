package deferredsim.gui.lanes;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One deferred as the lanes lay it out: where its column sits (left to right, and how many rows
 * down, beside the stage, list or generator step that made it), what rows it has (a header, a
 * list's members or a generator's steps, one row per stage, a result row), and, read once from the
 * reading's beats, when each stage ran and each generator step resumed.
 *
 * <p>Rows are counted from the column's own top; {@link #rowOffset()} places that top in the whole
 * drawing. Where the deferred stands at a playhead is the reading's {@link DeferredSnapshot} ({@link
 * #state(Playhead)}); this class keeps no state of its own. Made by {@link LaneIndex}; never
 * changes.
 */
public final class Column {
    /** Where a column hangs off its parent. */
    public enum Anchor {
        /** A top-level deferred: no parent. */
        ROOT,
        /** Made and returned by a stage of the parent ({@code at} is the stage). */
        STAGE,
        /** A member of the parent list ({@code at} is its index). */
        MEMBER,
        /** Yielded by the parent's generator ({@code at} is the step). */
        STEP,
        /** Made by Twisted for the parent's own use (a cancelled generator's internal wait). */
        BESIDE
    }

    private final Reading reading;
    private final String name;
    private final DeferredKind kind;
    private final String parent;
    private final Anchor anchor;
    private final int at;
    private final int depth;
    private final int order;
    private final int rowOffset;
    private final int shelf;
    private final String about;
    private final List<String> members;
    private final List<String> steps;
    private final List<StageRow> stages;
    private final int[] stageRanAt;
    private final DeferredSnapshot.StageRun[] stageRuns;
    private final Map<Integer, DeferredSnapshot.StageRun> runsByEvent = new HashMap<>();
    private final int[] stepResumedAt;
    private final Beat.Resumed[] stepResumes;

    Column(Reading reading, Placement placement, int depth, int order, int rowOffset, int shelf) {
        this.reading = reading;
        this.name = placement.name();
        this.kind = placement.kind();
        this.parent = placement.parent();
        this.anchor = placement.anchor();
        this.at = placement.at();
        this.depth = depth;
        this.order = order;
        this.rowOffset = rowOffset;
        this.shelf = shelf;
        this.about = placement.about();
        this.members = List.copyOf(placement.members());
        this.steps = List.copyOf(placement.steps());
        this.stages = List.copyOf(placement.stages());
        this.stageRanAt = new int[stages.size()];
        this.stageRuns = new DeferredSnapshot.StageRun[stages.size()];
        Arrays.fill(stageRanAt, Integer.MAX_VALUE);
        this.stepResumedAt = new int[steps.size()];
        this.stepResumes = new Beat.Resumed[steps.size()];
        Arrays.fill(stepResumedAt, Integer.MAX_VALUE);
        for (Beat beat : reading.beats(name)) {
            switch (beat) {
                case Beat.StageRan ran -> recordRun(ran.run());
                case Beat.Resumed resumed -> recordResume(resumed);
                default -> {}
            }
        }
    }

    private void recordRun(DeferredSnapshot.StageRun run) {
        runsByEvent.put(run.index(), run);
        if (run.stage() < stageRuns.length && stageRuns[run.stage()] == null) {
            stageRanAt[run.stage()] = run.index();
            stageRuns[run.stage()] = run;
        }
    }

    private void recordResume(Beat.Resumed resume) {
        if (resume.step() >= 0 && resume.step() < stepResumes.length && stepResumes[resume.step()] == null) {
            stepResumedAt[resume.step()] = resume.index();
            stepResumes[resume.step()] = resume;
        }
    }

    /** The deferred's name: the scenario's, or what Twisted's own deferred is ({@code g's internal wait}). */
    public String name() {
        return name;
    }

    /** What made it: plain, list, gather, inline or Twisted itself. */
    public DeferredKind kind() {
        return kind;
    }

    /** The deferred whose stage, list or generator makes this one; null for a top-level one. */
    public String parent() {
        return parent;
    }

    /** Where it hangs off its parent. */
    public Anchor anchor() {
        return anchor;
    }

    /** The parent's stage, member index or generator step that makes it; -1 when none. */
    public int anchorAt() {
        return at;
    }

    /** How deep it nests: 0 for top-level. */
    public int depth() {
        return depth;
    }

    /** Its place from the left on its shelf, from 0. */
    public int order() {
        return order;
    }

    /** The shelf it is on: 0 unless the columns wrap below each other. */
    public int shelf() {
        return shelf;
    }

    /** The row of the whole drawing where this column's header is. */
    public int rowOffset() {
        return rowOffset;
    }

    /** What it is and how the scenario fires it, e.g. {@code Deferred · d.callback('start') at t=0}. */
    public String about() {
        return about;
    }

    /** A list's members, in order; empty for other kinds. */
    public List<String> members() {
        return members;
    }

    /** A generator's steps as written ({@code yield a}); empty for other kinds. */
    public List<String> steps() {
        return steps;
    }

    /** The chain's pairs, in the order they are added. */
    public List<StageRow> stages() {
        return stages;
    }

    /** The local row of the first stage. */
    public int stagesStart() {
        return 1 + steps.size() + (members.isEmpty() ? 0 : 1);
    }

    /** The local row of the result, below the last stage. */
    public int resultRow() {
        return stagesStart() + stages.size();
    }

    /** How many rows the column takes. */
    public int rowCount() {
        return resultRow() + 1;
    }

    /** The local row of generator step {@code step}. */
    public int stepRow(int step) {
        return 1 + step;
    }

    /** The local row a child made at {@code childAnchor}/{@code childAt} is drawn level with. */
    int anchorRow(Anchor childAnchor, int childAt) {
        return switch (childAnchor) {
            case ROOT, BESIDE -> 0;
            case STAGE -> stagesStart() + Math.max(0, childAt);
            case MEMBER -> 1;
            case STEP -> stepRow(Math.max(0, Math.min(steps.size() - 1, childAt)));
        };
    }

    /** Where it stands at {@code at}, and where its token is. */
    public ColumnState state(Playhead at) {
        DeferredSnapshot snapshot = reading.deferred(name, at);
        return new ColumnState(snapshot, TokenPlace.of(this, snapshot));
    }

    /** The run of stage {@code stage} if it happened before {@code at}, else null. */
    public DeferredSnapshot.StageRun stageRun(int stage, Playhead at) {
        return stage < stageRanAt.length && stageRanAt[stage] < at.position() ? stageRuns[stage] : null;
    }

    /** The stage run recorded at event {@code index}, or null when that event ran none of this column's stages. */
    public DeferredSnapshot.StageRun runAt(int index) {
        return runsByEvent.get(index);
    }

    /** The resumption at generator step {@code step} if it happened before {@code at}, else null. */
    public Beat.Resumed stepResume(int step, Playhead at) {
        return stepResumedAt[step] < at.position() ? stepResumes[step] : null;
    }
}

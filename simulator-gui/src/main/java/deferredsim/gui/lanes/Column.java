package deferredsim.gui.lanes;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.SimEvent;
import java.util.Arrays;
import java.util.List;

/**
 * One deferred as the lanes lay it out: where its column sits (left to right, and how many rows
 * down, beside the stage that created it), what rows it has (a header, a list's members or a
 * generator's steps, one row per stage, a result row), and its {@link ColumnHistory}.
 *
 * <p>Rows are counted from the column's own top; {@link #rowOffset()} places that top in the
 * whole drawing. Instances are made by {@link LaneIndex} and never change.
 */
public final class Column {
    private final String name;
    private final DeferredKind kind;
    private final String parent;
    private final int depth;
    private final int order;
    private final int rowOffset;
    private final String firing;
    private final List<String> members;
    private final List<String> steps;
    private final List<StageRow> stages;
    private final int[] stageRanAt;
    private final SimEvent.StageRan[] stageRuns;
    private final int[] stepResumedAt;
    private final SimEvent.GeneratorResumed[] stepResumes;
    private ColumnHistory history = new ColumnHistory();

    Column(
            String name,
            DeferredKind kind,
            String parent,
            int depth,
            int order,
            int rowOffset,
            String firing,
            List<String> members,
            List<String> steps,
            List<StageRow> stages) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.depth = depth;
        this.order = order;
        this.rowOffset = rowOffset;
        this.firing = firing;
        this.members = List.copyOf(members);
        this.steps = List.copyOf(steps);
        this.stages = List.copyOf(stages);
        this.stageRanAt = new int[stages.size()];
        this.stageRuns = new SimEvent.StageRan[stages.size()];
        Arrays.fill(stageRanAt, Integer.MAX_VALUE);
        this.stepResumedAt = new int[steps.size()];
        this.stepResumes = new SimEvent.GeneratorResumed[steps.size()];
        Arrays.fill(stepResumedAt, Integer.MAX_VALUE);
    }

    /** The deferred's name. */
    public String name() {
        return name;
    }

    /** What made it: plain, list, gather or inline. */
    public DeferredKind kind() {
        return kind;
    }

    /** The deferred whose stage, list or generator creates this one; null for a top-level one. */
    public String parent() {
        return parent;
    }

    /** How deep it nests: 0 for top-level. */
    public int depth() {
        return depth;
    }

    /** Its place from the left, from 0. */
    public int order() {
        return order;
    }

    /** The row of the whole drawing where this column's header is. */
    public int rowOffset() {
        return rowOffset;
    }

    /** How the scenario fires it by itself, e.g. {@code callback(start) at +0}, or a note that it does not. */
    public String firing() {
        return firing;
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
        return 1 + (kind == DeferredKind.INLINE ? steps.size() : 0) + (members.isEmpty() ? 0 : 1);
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

    /** The state changes of this deferred over the recording. */
    public ColumnHistory history() {
        return history;
    }

    /** The run of stage {@code stage} if it happened before {@code position}, else null. */
    public SimEvent.StageRan stageRun(int stage, int position) {
        return stageRanAt[stage] < position ? stageRuns[stage] : null;
    }

    /** The recording index at which stage {@code stage} ran, or {@link Integer#MAX_VALUE} if never. */
    public int stageRanAt(int stage) {
        return stageRanAt[stage];
    }

    /** The resumption at generator step {@code step} if it happened before {@code position}, else null. */
    public SimEvent.GeneratorResumed stepResume(int step, int position) {
        return stepResumedAt[step] < position ? stepResumes[step] : null;
    }

    void recordRun(int at, SimEvent.StageRan run) {
        if (run.stage() < stageRuns.length && stageRuns[run.stage()] == null) {
            stageRanAt[run.stage()] = at;
            stageRuns[run.stage()] = run;
        }
    }

    void recordResume(int at, SimEvent.GeneratorResumed resume) {
        if (resume.step() < stepResumes.length && stepResumes[resume.step()] == null) {
            stepResumedAt[resume.step()] = at;
            stepResumes[resume.step()] = resume;
        }
    }

    void history(ColumnHistory built) {
        this.history = built;
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.gui.events.EventText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording read once for the lanes: one {@link Column} per deferred of the scenario, laid out
 * left to right with each inner deferred just right of the deferred that creates it and level
 * with the stage, list or generator step that creates it.
 *
 * <p>Building costs one pass over the scenario and one over the recording; afterwards every
 * question about a playback position is answered by lookups ({@link Column#stageRun}, {@link
 * ColumnHistory#at}). Get one with {@link #of(Scenario, Recording)}; {@link #EMPTY} has no
 * columns.
 */
public final class LaneIndex {
    /** No scenario: nothing to draw. */
    public static final LaneIndex EMPTY = new LaneIndex(List.of(), 0, 0);

    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final int rowCount;
    private final int eventCount;

    private LaneIndex(List<Column> columns, int rowCount, int eventCount) {
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        this.eventCount = eventCount;
        for (Column column : this.columns) {
            byName.put(column.name(), column);
        }
    }

    /** Lays out {@code scenario}'s deferreds and reads {@code recording} (which must be its recording) into them. */
    public static LaneIndex of(Scenario scenario, Recording recording) {
        Layout layout = new Layout(scenario);
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name())) {
                layout.place(spec.name(), null, 0, 0);
            }
        }
        Map<String, ColumnHistory.Builder> builders = new LinkedHashMap<>();
        for (Column column : layout.columns) {
            builders.put(column.name(), new ColumnHistory.Builder(column));
        }
        List<SimEvent> events = recording.events();
        for (int i = 0; i < events.size(); i++) {
            SimEvent event = events.get(i);
            String name = EventText.deferredOf(event);
            ColumnHistory.Builder builder = name == null ? null : builders.get(name);
            if (builder == null) {
                continue;
            }
            builder.apply(i, event);
            Column column = layout.byName.get(name);
            if (event instanceof SimEvent.StageRan) {
                column.recordRun(i, (SimEvent.StageRan) event);
            } else if (event instanceof SimEvent.GeneratorResumed) {
                column.recordResume(i, (SimEvent.GeneratorResumed) event);
            } else if (event instanceof SimEvent.ResultTaken) {
                ColumnHistory.Builder inner = builders.get(((SimEvent.ResultTaken) event).inner());
                if (inner != null) {
                    inner.apply(i, event);
                }
            }
        }
        int rows = 0;
        for (Column column : layout.columns) {
            column.history(builders.get(column.name()).build());
            rows = Math.max(rows, column.rowOffset() + column.rowCount());
        }
        return new LaneIndex(layout.columns, rows, events.size());
    }

    /** The columns, left to right. */
    public List<Column> columns() {
        return columns;
    }

    /** The column of {@code name}, or null. */
    public Column column(String name) {
        return byName.get(name);
    }

    /** Rows needed to draw every column. */
    public int rowCount() {
        return rowCount;
    }

    /** The number of events in the recording read. */
    public int eventCount() {
        return eventCount;
    }

    /** Assigns columns depth-first: each deferred, then the ones it creates, in the order it creates them. */
    private static final class Layout {
        private final Scenario scenario;
        private final Map<String, List<StageRow>> stagesByName = new LinkedHashMap<>();
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, Column> byName = new LinkedHashMap<>();

        Layout(Scenario scenario) {
            this.scenario = scenario;
            for (DeferredSpec spec : scenario.deferreds()) {
                List<StageRow> rows = new ArrayList<>();
                for (PairSpec pair : spec.chain()) {
                    rows.add(new StageRow(
                            rows.size(),
                            pair.callback().toString(),
                            pair.errback().toString(),
                            null));
                }
                stagesByName.put(spec.name(), rows);
            }
            List<Action.Add> adds = new ArrayList<>();
            for (Action action : scenario.actions()) {
                if (action instanceof Action.Add) {
                    adds.add((Action.Add) action);
                }
            }
            adds.sort(Comparator.comparing(Action::at)); // stable: ties keep the listed order, as the clock does
            for (Action.Add add : adds) {
                List<StageRow> rows = stagesByName.get(add.deferred());
                if (rows != null) {
                    rows.add(new StageRow(
                            rows.size(),
                            add.pair().callback().toString(),
                            add.pair().errback().toString(),
                            "t=" + add.at()));
                }
            }
        }

        void place(String name, String parent, int depth, int rowOffset) {
            DeferredSpec spec = scenario.deferred(name).orElse(null);
            if (spec == null || byName.containsKey(name)) {
                return;
            }
            List<StageRow> stages = stagesByName.get(name);
            List<String> members =
                    spec instanceof DeferredSpec.ListOf ? ((DeferredSpec.ListOf) spec).members() : List.of();
            List<String> steps = new ArrayList<>();
            if (spec instanceof DeferredSpec.Inline) {
                ((DeferredSpec.Inline) spec).steps().forEach(step -> steps.add(step.toString()));
            }
            Column column = new Column(
                    name,
                    kindOf(spec),
                    parent,
                    depth,
                    columns.size(),
                    rowOffset,
                    firingOf(spec),
                    members,
                    steps,
                    stages);
            columns.add(column);
            byName.put(name, column);
            for (Child child : children(spec, column)) {
                place(child.name, name, depth + 1, rowOffset + child.row);
            }
        }

        private List<Child> children(DeferredSpec spec, Column column) {
            List<Child> children = new ArrayList<>();
            if (spec instanceof DeferredSpec.ListOf) {
                for (String member : ((DeferredSpec.ListOf) spec).members()) {
                    children.add(new Child(member, 1));
                }
            } else if (spec instanceof DeferredSpec.Inline) {
                List<InlineStep> steps = ((DeferredSpec.Inline) spec).steps();
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i) instanceof InlineStep.Yield) {
                        children.add(new Child(((InlineStep.Yield) steps.get(i)).name(), column.stepRow(i)));
                    }
                }
            }
            for (StageRow row : column.stages()) {
                for (String text : List.of(row.callback(), row.errback())) {
                    if (text.startsWith("defer ")) {
                        children.add(new Child(text.substring("defer ".length()), column.stagesStart() + row.stage()));
                    }
                }
            }
            return children;
        }

        private static DeferredKind kindOf(DeferredSpec spec) {
            if (spec instanceof DeferredSpec.ListOf) {
                return ((DeferredSpec.ListOf) spec).options().gather() ? DeferredKind.GATHER : DeferredKind.LIST;
            }
            return spec instanceof DeferredSpec.Inline ? DeferredKind.INLINE : DeferredKind.PLAIN;
        }

        private static String firingOf(DeferredSpec spec) {
            if (spec instanceof DeferredSpec.ListOf) {
                ListOptions o = ((DeferredSpec.ListOf) spec).options();
                if (o.gather()) {
                    return "gatherResults";
                }
                List<String> flags = new ArrayList<>();
                if (o.fireOnOneCallback()) {
                    flags.add("fireOnOneCallback");
                }
                if (o.fireOnOneErrback()) {
                    flags.add("fireOnOneErrback");
                }
                if (o.consumeErrors()) {
                    flags.add("consumeErrors");
                }
                return "DeferredList" + (flags.isEmpty() ? "" : " " + String.join(", ", flags));
            }
            if (spec instanceof DeferredSpec.Inline) {
                return "@inlineCallbacks generator";
            }
            DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
            String fire = plain.fire()
                    .map(f -> EventText.fireCall(f.method(), f.value()) + " after " + f.after() + "s")
                    .orElse("not fired by itself");
            return fire + plain.canceller().map(c -> " · canceller: " + c).orElse("");
        }

        private static final class Child {
            final String name;
            final int row;

            Child(String name, int row) {
                this.name = name;
                this.row = row;
            }
        }
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.SimEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the drawing one event changes, so that a single step repaints only those: a stage
 * run changes its column's header and the rows around that stage; a firing, the header and the
 * first stage; a result, the header and the result row; clock events, nothing. Events that change
 * a whole column or the links between columns (waiting, resuming, pausing, creation, list
 * members) ask for a full repaint by returning null.
 */
final class DirtyRows {
    private DirtyRows() {}

    /** The drawing rows {@code event} changes, or null for "repaint everything". */
    static List<Integer> of(LaneIndex index, SimEvent event) {
        if (event instanceof SimEvent.DelayedCallScheduled
                || event instanceof SimEvent.DelayedCallRan
                || event instanceof SimEvent.DelayedCallCancelled) {
            return List.of();
        }
        String name = deferredsim.gui.events.EventText.deferredOf(event);
        Column c = name == null ? null : index.column(name);
        if (c == null) {
            return List.of();
        }
        Column parent = c.parent() == null ? null : index.column(c.parent());
        if (parent != null && (parent.kind() == DeferredKind.LIST || parent.kind() == DeferredKind.GATHER)) {
            return null;
        }
        int top = c.rowOffset();
        List<Integer> rows = new ArrayList<>(List.of(top));
        if (event instanceof SimEvent.StageRan) {
            int row = top + c.stagesStart() + ((SimEvent.StageRan) event).stage();
            rows.addAll(List.of(row - 1, row, row + 1, top + c.resultRow()));
        } else if (event instanceof SimEvent.Fired) {
            rows.addAll(List.of(top + c.stagesStart(), top + c.resultRow()));
        } else if (event instanceof SimEvent.Settled && ((SimEvent.Settled) event).result() != null) {
            rows.addAll(List.of(top + c.resultRow() - 1, top + c.resultRow()));
        } else if (event instanceof SimEvent.Outcome
                || event instanceof SimEvent.AlreadyCalled
                || event instanceof SimEvent.Cancelled) {
            rows.add(top + c.resultRow());
        } else {
            return null;
        }
        return rows;
    }
}

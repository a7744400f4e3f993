package deferredsim.gui.lanes;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the drawing one event changes, so that a single step repaints only those, read
 * from the reading: the deferreds the event concerns ({@link Reading#subjects(int)}) and the beat
 * it gave the main one. A stage that ran changes its column's header and the rows around that
 * stage; a fire, the header, the first stage and the result; a pass that ended, the header and the
 * result row; the clock's and the reactor's own events, nothing. Events that touch several
 * deferreds, or the links between columns, ask for a full repaint by returning null.
 */
final class DirtyRows {
    private DirtyRows() {}

    /** The drawing rows event {@code eventIndex} changes, or null for "repaint everything". */
    static List<Integer> of(LaneIndex index, int eventIndex) {
        Reading reading = index.reading();
        if (reading == null) {
            return null;
        }
        List<String> subjects = reading.subjects(eventIndex);
        if (subjects.isEmpty()) {
            return List.of();
        }
        Column c = index.column(subjects.get(0));
        if (c == null) {
            return List.of();
        }
        Column parent = c.parent() == null ? null : index.column(c.parent());
        if (subjects.size() > 1
                || parent != null && (parent.kind() == DeferredKind.LIST || parent.kind() == DeferredKind.GATHER)) {
            return null;
        }
        Beat beat = beatAt(reading, c.name(), eventIndex);
        int top = c.rowOffset();
        List<Integer> rows = new ArrayList<>(List.of(top));
        switch (beat) {
            case Beat.StageRan ran -> {
                int row = top + c.stagesStart() + ran.run().stage();
                rows.addAll(List.of(row - 1, row, row + 1, top + c.resultRow()));
            }
            case Beat.Fired fired -> rows.addAll(List.of(top + c.stagesStart(), top + c.resultRow()));
            case Beat.PassEnded ended
            when ended.result() != null -> rows.addAll(List.of(top + c.resultRow() - 1, top + c.resultRow()));
            case Beat.Outcome outcome -> rows.add(top + c.resultRow());
            case Beat.LateFire late -> rows.add(top + c.resultRow());
            case Beat.CancelCalled called -> rows.add(top + c.resultRow());
            case null -> rows.add(top + c.resultRow());
            default -> {
                return null;
            }
        }
        return rows;
    }

    /** The first beat of {@code name} that event {@code index} gave, or null (a note such as a swallowed fire). */
    private static Beat beatAt(Reading reading, String name, int index) {
        for (Beat beat : reading.beats(name)) {
            if (beat.index() == index) {
                return beat;
            }
            if (beat.index() > index) {
                break;
            }
        }
        return null;
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;

/**
 * Where a deferred's result token rests in its column at a playhead, and what it shows: worked
 * out from the reading's snapshot alone.
 *
 * <p>Fired and not yet run: just above the first stage. After a stage ran: on the boundary below
 * that stage, in the lane of the side its result travels down. Waiting on an inner deferred: the
 * inner's name, held (hollow), below the stage that returned it. Its chain ended: in the result
 * row. Paused: where it is, held.
 *
 * @param row rows from the column's top (a whole number is the boundary above that row)
 * @param lane the lane it is in
 * @param text the result rendered ({@code bad*}, {@code None}) or {@code <x>} for a returned deferred
 * @param held true while the chain is held: waiting on an inner deferred, or paused
 * @param failure true when it carries a failure
 */
public record TokenPlace(double row, Side lane, String text, boolean held, boolean failure) {
    /** How far above the first stage a just-fired token waits, in rows (clear of the box's text). */
    static final double ENTRY_LIFT = 0.12;
    /** Where in the result row a result token sits, in rows from its top (below the row's words). */
    public static final double RESULT_DROP = 0.62;

    /** The token of {@code column}'s deferred as {@code s} stands, or null when there is none to draw. */
    static TokenPlace of(Column column, DeferredSnapshot s) {
        DeferredSnapshot.StageRun last = s.lastRun();
        double below = last == null ? column.stagesStart() - ENTRY_LIFT : column.stagesStart() + last.stage() + 1;
        return switch (s.phase()) {
            case NOT_CREATED, PENDING -> null;
            case WAITING ->
                new TokenPlace(
                        below, last == null ? Side.CALLBACK : last.side(), "<" + s.waitingOn() + ">", true, false);
            case FIRED ->
                new TokenPlace(
                        column.resultRow() + RESULT_DROP,
                        Words.sideOf(s.result()),
                        s.result().render(),
                        s.pauses() > 0,
                        s.result().isFailure());
            case RUNNING, PAUSED -> {
                if (s.result() != null) {
                    yield new TokenPlace(
                            below,
                            Words.sideOf(s.result()),
                            s.result().render(),
                            s.phase() == deferredsim.core.reading.DeferredPhase.PAUSED,
                            s.result().isFailure());
                }
                yield last != null && last.returned() != null
                        ? new TokenPlace(below, last.side(), "<" + last.returned() + ">", false, false)
                        : null;
            }
        };
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.Arrays;

/**
 * The states one deferred passes through in a recording, one per event that concerns it, kept so
 * that {@link #at(int)} answers for any playback position by binary search: stepping back costs
 * the same as stepping forward and nothing is re-simulated.
 *
 * <p>The states only restate what the events say (a stage ran with this output, the chain waits
 * on that deferred, a pass settled with this result); no Deferred rule is re-derived here.
 */
public final class ColumnHistory {
    /** How far above the first stage a just-fired token waits, in rows (clear of the box's text). */
    static final double ENTRY_LIFT = 0.12;
    /** Where in the result row a result token sits, in rows from its top (below the row's words). */
    public static final double RESULT_DROP = 0.62;

    private final int[] eventIndex;
    private final ColumnState[] states;
    private int size;

    ColumnHistory() {
        this.eventIndex = new int[0];
        this.states = new ColumnState[0];
    }

    private ColumnHistory(int[] eventIndex, ColumnState[] states, int size) {
        this.eventIndex = eventIndex;
        this.states = states;
        this.size = size;
    }

    /**
     * The state after the first {@code position} events of the recording (events with index
     * below {@code position}) have happened.
     */
    public ColumnState at(int position) {
        int found = Arrays.binarySearch(eventIndex, 0, size, position);
        int applied = found >= 0 ? found : -found - 1;
        return applied == 0 ? ColumnState.NOT_CREATED : states[applied - 1];
    }

    /** The recording index of the first event about this deferred, or -1. */
    public int firstEvent() {
        return size == 0 ? -1 : eventIndex[0];
    }

    /** The number of events about this deferred. */
    public int size() {
        return size;
    }

    /** Folds events into states; layout rows come from the column. */
    static final class Builder {
        private final Column column;
        private int[] index = new int[16];
        private ColumnState[] states = new ColumnState[16];
        private int size;
        private ColumnState current = ColumnState.NOT_CREATED;

        Builder(Column column) {
            this.column = column;
        }

        /** Applies event number {@code at} of the recording, which concerns this column. */
        void apply(int at, SimEvent event) {
            ColumnState next = next(event);
            if (next == null) {
                return;
            }
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                states = Arrays.copyOf(states, size * 2);
            }
            index[size] = at;
            states[size] = next;
            size++;
            current = next;
        }

        ColumnHistory build() {
            return new ColumnHistory(index, states, size);
        }

        private ColumnState next(SimEvent event) {
            ColumnState s = current;
            String me = column.name();
            if (event instanceof SimEvent.Created) {
                return s.withStatus(ColumnStatus.PENDING)
                        .withGeneratorStep(column.steps().isEmpty() ? -1 : 0);
            } else if (event instanceof SimEvent.Fired) {
                SimEvent.Fired e = (SimEvent.Fired) event;
                boolean callback = e.method() == FireMethod.CALLBACK;
                String text = e.method().word() + "(" + (callback ? e.value() : "Exception(" + e.value() + ")") + ")";
                ColumnState fired = s.withFired(text);
                if (s.hasToken() || s.status() != ColumnStatus.PENDING) {
                    return fired;
                }
                Value value = callback ? Value.text(e.value()) : Failure.raised(e.value());
                return fired.withStatus(ColumnStatus.RUNNING)
                        .withToken(
                                column.stagesStart() - ENTRY_LIFT,
                                callback ? Side.CALLBACK : Side.ERRBACK,
                                value,
                                null);
            } else if (event instanceof SimEvent.AlreadyCalled) {
                return s.withAlreadyCalled();
            } else if (event instanceof SimEvent.StageRan) {
                SimEvent.StageRan e = (SimEvent.StageRan) event;
                double row = column.stagesStart() + e.stage() + 1;
                if (e.returnedDeferred() != null) {
                    return s.withStatus(ColumnStatus.RUNNING).withToken(row, e.side(), null, e.returnedDeferred());
                }
                Side lane = e.out().isFailure() ? Side.ERRBACK : Side.CALLBACK;
                return s.withStatus(ColumnStatus.RUNNING).withToken(row, lane, e.out(), null);
            } else if (event instanceof SimEvent.Cancelled) {
                return s.withCancelled();
            } else if (event instanceof SimEvent.Paused) {
                return s.withPauses(s.pauses() + 1);
            } else if (event instanceof SimEvent.Unpaused) {
                return s.withPauses(Math.max(0, s.pauses() - 1));
            } else if (event instanceof SimEvent.GeneratorResumed) {
                SimEvent.GeneratorResumed e = (SimEvent.GeneratorResumed) event;
                return s.withStatus(ColumnStatus.RUNNING).withGeneratorStep(e.step() + 1);
            } else if (event instanceof SimEvent.WaitingOn) {
                return s.withStatus(ColumnStatus.WAITING).withWaitingOn(((SimEvent.WaitingOn) event).inner());
            } else if (event instanceof SimEvent.ResultTaken) {
                return resultTaken((SimEvent.ResultTaken) event, me);
            } else if (event instanceof SimEvent.Settled) {
                return settled((SimEvent.Settled) event);
            } else if (event instanceof SimEvent.Outcome) {
                return s.withUnhandled(((SimEvent.Outcome) event).unhandled());
            }
            return null;
        }

        private ColumnState resultTaken(SimEvent.ResultTaken e, String me) {
            ColumnState s = current;
            if (e.deferred().equals(me)) {
                Side lane = e.value().isFailure() ? Side.ERRBACK : Side.CALLBACK;
                double row = s.hasToken() ? s.tokenRow() : column.stagesStart() - ENTRY_LIFT;
                return s.withStatus(ColumnStatus.RUNNING).withWaitingOn(null).withToken(row, lane, e.value(), null);
            }
            // The inner deferred handed its result on and now holds None (the event says so).
            double row = s.hasToken() ? s.tokenRow() : column.resultRow() + RESULT_DROP;
            return s.withHandedOn(e.deferred()).withToken(row, Side.CALLBACK, Value.NONE, null);
        }

        private ColumnState settled(SimEvent.Settled e) {
            ColumnState s = current.withUnhandled(e.unhandled());
            if (e.result() == null) {
                return s.withStatus(s.waitingOn() != null ? ColumnStatus.WAITING : ColumnStatus.PAUSED);
            }
            Side lane = e.result().isFailure() ? Side.ERRBACK : Side.CALLBACK;
            return s.withStatus(ColumnStatus.SETTLED)
                    .withWaitingOn(null)
                    .withGeneratorStep(-1)
                    .withToken(column.resultRow() + RESULT_DROP, lane, e.result(), null);
        }
    }
}

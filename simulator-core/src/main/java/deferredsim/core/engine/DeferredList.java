package deferredsim.core.engine;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.FireCause;
import deferredsim.core.value.Failure;
import deferredsim.core.value.FiredFirst;
import deferredsim.core.value.Gathered;
import deferredsim.core.value.ListResult;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Twisted's {@code DeferredList}: a deferred that fires when its members have.
 *
 * <p>Construction adds one internal pair to every member, so members that have already fired are
 * counted at once and the list may fire before the constructor returns. By default the list fires
 * with {@code [(True, v) | (False, failure)]} in member order once every member has a result, and
 * never errbacks; {@code fireOnOneCallback} fires with {@code (value, index)} at the first
 * success; {@code fireOnOneErrback} errbacks with {@code FirstError(failure, index)} at the first
 * failure; {@code consumeErrors} leaves failed members holding None instead of their failure. An
 * empty list fires at once with {@code []}, except with {@code fireOnOneCallback}, where it never
 * fires. Cancelling an unfired list cancels every member; cancelling a fired one does nothing.
 *
 * <p>Create one with {@link #of}, or {@link #gatherResults} for Twisted's {@code gatherResults}.
 */
public final class DeferredList extends Deferred {
    private final List<Deferred> members;
    private final ListResult.Entry[] results;
    private final boolean fireOnOneCallback;
    private final boolean fireOnOneErrback;
    private final boolean consumeErrors;
    private final boolean gathers;
    private int finishedCount;

    private DeferredList(
            String name,
            List<Deferred> members,
            boolean fireOnOneCallback,
            boolean fireOnOneErrback,
            boolean consumeErrors,
            boolean gathers,
            DeferredListener listener) {
        super(name, null, listener);
        this.gathers = gathers;
        this.members = List.copyOf(members);
        this.results = new ListResult.Entry[members.size()];
        if (members.isEmpty() && !fireOnOneCallback) {
            ListResult empty = new ListResult(List.of());
            listener.internalFire(this, gathers ? valuesOf(empty) : empty, FireCause.LIST_EMPTY);
            callback(empty);
        }
        this.fireOnOneCallback = fireOnOneCallback;
        this.fireOnOneErrback = fireOnOneErrback;
        this.consumeErrors = consumeErrors;
        for (int index = 0; index < this.members.size(); index++) {
            int at = index;
            this.members.get(index).addCallbacks(memberFinished(at, true), memberFinished(at, false));
        }
    }

    /** {@code DeferredList(members, fireOnOneCallback, fireOnOneErrback, consumeErrors)}. */
    public static DeferredList of(
            String name,
            List<Deferred> members,
            boolean fireOnOneCallback,
            boolean fireOnOneErrback,
            boolean consumeErrors) {
        return of(name, members, fireOnOneCallback, fireOnOneErrback, consumeErrors, DeferredListener.NONE);
    }

    /** {@link #of(String, List, boolean, boolean, boolean)}, its moments told to {@code listener}. */
    public static DeferredList of(
            String name,
            List<Deferred> members,
            boolean fireOnOneCallback,
            boolean fireOnOneErrback,
            boolean consumeErrors,
            DeferredListener listener) {
        Objects.requireNonNull(members, "members");
        return new DeferredList(name, members, fireOnOneCallback, fireOnOneErrback, consumeErrors, false, listener);
    }

    /**
     * Twisted's {@code gatherResults(members, consumeErrors=False)}: a fireOnOneErrback list with an
     * internal callback that turns {@code [(True, a), (True, b)]} into {@code [a, b]}.
     */
    public static DeferredList gatherResults(String name, List<Deferred> members) {
        return gatherResults(name, members, DeferredListener.NONE);
    }

    static DeferredList gatherResults(String name, List<Deferred> members, DeferredListener listener) {
        Objects.requireNonNull(members, "members");
        DeferredList list = new DeferredList(name, members, false, true, false, true, listener);
        list.addCallback(DeferredList::valuesOf);
        return list;
    }

    /** The members, in order. */
    public List<Deferred> members() {
        return members;
    }

    /**
     * Twisted's {@code _cbDeferred} for member {@code index}: records its result, fires the list
     * when that settles it (the list's run is called as a frame, so lists nested any depth fire in
     * constant Java stack), and returns what the member keeps.
     */
    private NestedCallback memberFinished(int index, boolean succeeded) {
        return result -> new Frames.Frame() {
            private boolean counted;

            @Override
            void step(Frames frames) {
                if (counted) {
                    frames.result();
                    frames.ret(!succeeded && consumeErrors ? Value.NONE : result);
                    return;
                }
                counted = true;
                listener.listRecorded(DeferredList.this, index, result, !succeeded && consumeErrors);
                results[index] = new ListResult.Entry(succeeded, result);
                finishedCount++;
                if (!isCalled()) {
                    if (succeeded && fireOnOneCallback) {
                        fireInternally(new FiredFirst(result, index), FireCause.LIST_FIRST_SUCCESS, frames);
                    } else if (!succeeded && fireOnOneErrback) {
                        fireInternally(
                                Failure.firstError((Failure) result, index), FireCause.LIST_FIRST_FAILURE, frames);
                    } else if (finishedCount == results.length) {
                        fireInternally(new ListResult(Arrays.asList(results)), FireCause.LIST_COMPLETE, frames);
                    }
                }
            }
        };
    }

    /**
     * Fires the list with {@code value} inside {@code frames}, telling the listener first. A
     * gatherResults list is told with the values its internal first callback makes of a success
     * ({@code [a, b]}), the result its chain's stages see.
     */
    private void fireInternally(Value value, FireCause cause, Frames frames) {
        listener.internalFire(this, gathers && !value.isFailure() ? valuesOf(value) : value, cause);
        fire(value, frames);
    }

    private static Value valuesOf(Value listResult) {
        List<Value> values = new ArrayList<>();
        for (ListResult.Entry entry : ((ListResult) listResult).entries()) {
            values.add(entry.result());
        }
        return new Gathered(values);
    }

    /**
     * Twisted's {@code DeferredList.cancel}: an unfired list cancels each member, each as a frame
     * (so lists nested any depth cancel in constant Java stack); nothing is forwarded.
     */
    @Override
    Frames.Frame cancelOneLevel() {
        return new Frames.Frame() {
            private int next = -1;

            @Override
            void step(Frames frames) {
                frames.result();
                if (next < 0) {
                    listener.cancelArrived(
                            DeferredList.this, isCalled() ? CancelEffect.NO_EFFECT : CancelEffect.MEMBERS, null);
                    if (isCalled()) {
                        frames.ret(null);
                        return;
                    }
                    next = 0;
                }
                if (next < members.size()) {
                    frames.call(members.get(next++).cancelFrame());
                } else {
                    frames.ret(null);
                }
            }
        };
    }
}

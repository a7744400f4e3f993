package deferredsim.core.engine;

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
    private int finishedCount;

    private DeferredList(
            String name,
            List<Deferred> members,
            boolean fireOnOneCallback,
            boolean fireOnOneErrback,
            boolean consumeErrors,
            DeferredListener listener) {
        super(name, null, listener);
        this.members = List.copyOf(members);
        this.results = new ListResult.Entry[members.size()];
        if (members.isEmpty() && !fireOnOneCallback) {
            callback(new ListResult(List.of()));
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

    static DeferredList of(
            String name,
            List<Deferred> members,
            boolean fireOnOneCallback,
            boolean fireOnOneErrback,
            boolean consumeErrors,
            DeferredListener listener) {
        Objects.requireNonNull(members, "members");
        return new DeferredList(name, members, fireOnOneCallback, fireOnOneErrback, consumeErrors, listener);
    }

    /**
     * Twisted's {@code gatherResults(members, consumeErrors=False)}: a fireOnOneErrback list with an
     * internal callback that turns {@code [(True, a), (True, b)]} into {@code [a, b]}.
     */
    public static DeferredList gatherResults(String name, List<Deferred> members) {
        return gatherResults(name, members, DeferredListener.NONE);
    }

    static DeferredList gatherResults(String name, List<Deferred> members, DeferredListener listener) {
        DeferredList list = of(name, members, false, true, false, listener);
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
                results[index] = new ListResult.Entry(succeeded, result);
                finishedCount++;
                if (!isCalled()) {
                    if (succeeded && fireOnOneCallback) {
                        fire(new FiredFirst(result, index), frames);
                    } else if (!succeeded && fireOnOneErrback) {
                        fire(Failure.firstError((Failure) result, index), frames);
                    } else if (finishedCount == results.length) {
                        fire(new ListResult(Arrays.asList(results)), frames);
                    }
                }
            }
        };
    }

    private static Object valuesOf(Value listResult) {
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

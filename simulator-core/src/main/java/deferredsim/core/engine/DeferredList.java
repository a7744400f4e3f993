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
            this.members.get(index).addCallbacks(r -> memberFinished(r, at, true), r -> memberFinished(r, at, false));
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

    private Object memberFinished(Value result, int index, boolean succeeded) {
        results[index] = new ListResult.Entry(succeeded, result);
        finishedCount++;
        if (!isCalled()) {
            if (succeeded && fireOnOneCallback) {
                callback(new FiredFirst(result, index));
            } else if (!succeeded && fireOnOneErrback) {
                errback(Failure.firstError((Failure) result, index));
            } else if (finishedCount == results.length) {
                callback(new ListResult(Arrays.asList(results)));
            }
        }
        if (!succeeded && consumeErrors) {
            return Value.NONE;
        }
        return result;
    }

    private static Object valuesOf(Value listResult) {
        List<Value> values = new ArrayList<>();
        for (ListResult.Entry entry : ((ListResult) listResult).entries()) {
            values.add(entry.result());
        }
        return new Gathered(values);
    }

    /** Twisted's {@code DeferredList.cancel}: an unfired list cancels each member; nothing is forwarded. */
    @Override
    Deferred cancelOneLevel() {
        if (!isCalled()) {
            for (Deferred member : members) {
                member.cancel();
            }
        }
        return null;
    }
}

package deferredsim.core.reactor;

import deferredsim.core.time.Time;
import java.util.Objects;

/**
 * A call scheduled on a {@link Reactor} with {@code callLater}: Twisted's {@code DelayedCall}. It
 * runs once, in the first timed-call pass of the reactor at or after its due time (late when the
 * reactor's thread was busy), unless cancelled first.
 *
 * <p>Get one from {@link Reactor#callLater(Time, String, Runnable)}.
 */
public final class DelayedCall {
    private final Reactor reactor;
    private final int id;
    private final String description;
    private final Runnable action;
    private Time due;
    private long sequence;
    private boolean called;
    private boolean cancelled;

    DelayedCall(Reactor reactor, int id, Time due, long sequence, String description, Runnable action) {
        this.reactor = reactor;
        this.id = id;
        this.due = due;
        this.sequence = sequence;
        this.description = Objects.requireNonNull(description, "description");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** A number unique within its reactor, from 1 in scheduling order. */
    public int id() {
        return id;
    }

    /** What it calls, for timelines: {@code tick}, {@code C.count}. */
    public String description() {
        return description;
    }

    /** When it is due: Twisted's {@code getTime()}. */
    public Time time() {
        return due;
    }

    /** True while it has neither run nor been cancelled. */
    public boolean active() {
        return !called && !cancelled;
    }

    /**
     * Cancels it: it will not run.
     *
     * @throws AlreadyCalled if it has run
     * @throws AlreadyCancelled if it was cancelled before
     */
    public void cancel() {
        checkActive();
        cancelled = true;
        reactor.cancelled(this);
    }

    /**
     * Makes it due {@code secondsFromNow} after the current time ({@code reset}).
     *
     * @throws AlreadyCalled if it has run
     * @throws AlreadyCancelled if it was cancelled
     */
    public void reset(Time secondsFromNow) {
        checkActive();
        reactor.moved(this, reactor.seconds().plus(secondsFromNow));
    }

    /**
     * Makes it due {@code secondsLater} later than it was ({@code delay}).
     *
     * @throws AlreadyCalled if it has run
     * @throws AlreadyCancelled if it was cancelled
     */
    public void delay(Time secondsLater) {
        checkActive();
        reactor.moved(this, due.plus(secondsLater));
    }

    long sequence() {
        return sequence;
    }

    void moveTo(Time newDue, long newSequence) {
        due = newDue;
        sequence = newSequence;
    }

    void markCalled() {
        called = true;
    }

    Runnable action() {
        return action;
    }

    private void checkActive() {
        if (cancelled) {
            throw new AlreadyCancelled();
        }
        if (called) {
            throw new AlreadyCalled();
        }
    }

    @Override
    public String toString() {
        String state = called ? "called" : cancelled ? "cancelled" : "due " + due;
        return "<DelayedCall " + id + " " + description + " " + state + ">";
    }
}

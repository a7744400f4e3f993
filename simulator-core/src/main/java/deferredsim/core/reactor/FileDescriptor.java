package deferredsim.core.reactor;

import deferredsim.core.value.Failure;

/**
 * Something a {@link Reactor} watches in {@code select}: Twisted's {@code IFileDescriptor}. The
 * reactor calls {@link #connectionLost(Failure)} after removing it, when a {@code doRead} or
 * {@code doWrite} returned a reason or raised, and at shutdown.
 */
public interface FileDescriptor {
    /** Its name in the timeline: {@code c1} for the socket of connection c1. */
    String logPrefix();

    /** The connection is gone: {@code reason} is {@code ConnectionDone}, {@code ConnectionLost} or the error. */
    void connectionLost(Failure reason);
}

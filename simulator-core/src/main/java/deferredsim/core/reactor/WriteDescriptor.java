package deferredsim.core.reactor;

import deferredsim.core.value.Failure;

/**
 * A descriptor written to when {@code select} says it is writable: Twisted's {@code
 * IWriteDescriptor}. The simulated sockets are always writable; TCP uses this for a connect in
 * progress and for closing after {@code loseConnection}.
 */
public interface WriteDescriptor extends FileDescriptor {
    /** Returns null to stay registered, or a reason to be removed and told {@link #connectionLost(Failure)}. */
    Failure doWrite();
}

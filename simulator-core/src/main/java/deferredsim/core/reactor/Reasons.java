package deferredsim.core.reactor;

import deferredsim.core.value.Failure;

/**
 * The failures Twisted hands to {@code connectionLost} and {@code clientConnectionFailed}. Each is
 * {@code Failure(Exception(NAME))} in the simulator's value model, so traces show {@code
 * ConnectionDone*} and prints show {@code [Failure instance: ConnectionDone]}.
 */
public final class Reasons {
    /** The connection was closed cleanly ({@code main.CONNECTION_DONE}). */
    public static final Failure CONNECTION_DONE = Failure.raised("ConnectionDone");
    /** The connection was lost uncleanly, or the reactor shut down ({@code main.CONNECTION_LOST}). */
    public static final Failure CONNECTION_LOST = Failure.raised("ConnectionLost");
    /** Nothing listens at the address ({@code error.ConnectionRefusedError}). */
    public static final Failure CONNECTION_REFUSED = Failure.raised("ConnectionRefusedError");
    /** The connector was told to stop connecting ({@code error.UserError}). */
    public static final Failure USER_ERROR = Failure.raised("UserError");

    private Reasons() {}
}

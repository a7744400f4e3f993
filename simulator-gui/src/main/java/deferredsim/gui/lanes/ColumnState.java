package deferredsim.gui.lanes;

import deferredsim.core.recording.Side;
import deferredsim.core.value.Value;

/**
 * One deferred's look after some prefix of the recording.
 *
 * @param status where it stands
 * @param tokenRow where the result token is, in rows from the column's top (fractional: a whole
 *     number is the boundary above that row); {@link Double#NaN} when there is no result yet
 * @param tokenLane the lane the token is in
 * @param token the result the token carries (a deferred returned by a stage shows as its name
 *     in {@code returned}); null when there is none
 * @param returned the deferred a stage just returned, or null
 * @param waitingOn the inner deferred its chain waits for, or null
 * @param pauses how many {@code pause()} calls are not yet undone
 * @param cancelled whether {@code cancel()} has been called on it
 * @param alreadyCalled how many firings raised AlreadyCalledError
 * @param generatorStep for a generator, the step it is at (-1 otherwise, or when finished)
 * @param fired the firing text ({@code callback(v)}), or null before the scenario fired it
 * @param handedOn the outer deferred that took its result, or null
 * @param unhandled Twisted's unhandled-error flag after the last pass
 */
public record ColumnState(
        ColumnStatus status,
        double tokenRow,
        Side tokenLane,
        Value token,
        String returned,
        String waitingOn,
        int pauses,
        boolean cancelled,
        int alreadyCalled,
        int generatorStep,
        String fired,
        String handedOn,
        boolean unhandled) {

    /** The state before the deferred exists. */
    public static final ColumnState NOT_CREATED = new ColumnState(
            ColumnStatus.NOT_CREATED, Double.NaN, Side.CALLBACK, null, null, null, 0, false, 0, -1, null, null, false);

    /** True when there is a token to draw. */
    public boolean hasToken() {
        return !Double.isNaN(tokenRow);
    }

    /** The token's text: the value rendered, or {@code <name>} for a returned deferred. */
    public String tokenText() {
        if (returned != null) {
            return "<" + returned + ">";
        }
        return token == null ? "" : token.render();
    }

    ColumnState withStatus(ColumnStatus s) {
        return new ColumnState(
                s,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withToken(double row, Side lane, Value value, String returnedName) {
        return new ColumnState(
                status,
                row,
                lane,
                value,
                returnedName,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withWaitingOn(String inner) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                inner,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withPauses(int n) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                n,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withCancelled() {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                true,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withAlreadyCalled() {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled + 1,
                generatorStep,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withGeneratorStep(int step) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                step,
                fired,
                handedOn,
                unhandled);
    }

    ColumnState withFired(String text) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                text,
                handedOn,
                unhandled);
    }

    ColumnState withHandedOn(String outer) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                outer,
                unhandled);
    }

    ColumnState withUnhandled(boolean flag) {
        return new ColumnState(
                status,
                tokenRow,
                tokenLane,
                token,
                returned,
                waitingOn,
                pauses,
                cancelled,
                alreadyCalled,
                generatorStep,
                fired,
                handedOn,
                flag);
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.Side;

/**
 * A token on its way from where it rested before a step to where it rests after, at a fraction
 * {@code t} of the glide. When the step ran a stage, the token first goes into that stage's box
 * carrying what the stage got, and only leaves it, carrying what the stage returned, in the second
 * half: the token never shows a stage's output before the stage ran. Otherwise it moves straight,
 * and shows the new text from half-way.
 *
 * @param row rows from the column's top
 * @param lane 0 for the callback lane's centre, 1 for the errback lane's, between while crossing
 */
record TokenMotion(double row, double lane, String text, boolean held, boolean failure) {
    /**
     * The token at {@code t} (0 to 1) of a step from {@code before} to {@code after} in {@code
     * column}; {@code run} is the stage the step ran there, or null. Null when there is no token
     * after the step.
     */
    static TokenMotion between(
            Column column, TokenPlace before, TokenPlace after, DeferredSnapshot.StageRun run, double t) {
        if (after == null) {
            return null;
        }
        if (before == null || t >= 1) {
            return at(after);
        }
        if (run != null) {
            double boxRow = column.stagesStart() + run.stage() + 0.5;
            double boxLane = lane(run.side());
            if (t < 0.5) {
                double f = t / 0.5;
                return new TokenMotion(
                        before.row() + (boxRow - before.row()) * f,
                        lane(before.lane()) + (boxLane - lane(before.lane())) * f,
                        run.in().render(),
                        false,
                        run.in().isFailure());
            }
            double f = (t - 0.5) / 0.5;
            return new TokenMotion(
                    boxRow + (after.row() - boxRow) * f,
                    boxLane + (lane(after.lane()) - boxLane) * f,
                    after.text(),
                    after.held(),
                    after.failure());
        }
        TokenPlace shown = t < 0.5 ? before : after;
        return new TokenMotion(
                before.row() + (after.row() - before.row()) * t,
                lane(before.lane()) + (lane(after.lane()) - lane(before.lane())) * t,
                shown.text(),
                shown.held(),
                shown.failure());
    }

    /** The token at rest at {@code place}. */
    static TokenMotion at(TokenPlace place) {
        return new TokenMotion(place.row(), lane(place.lane()), place.text(), place.held(), place.failure());
    }

    private static double lane(Side side) {
        return side == Side.CALLBACK ? 0 : 1;
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.reading.DeferredSnapshot;

/**
 * One column's look at a playhead: where the reading says its deferred stands, and where its
 * result token sits in the drawing (null when it has no result to show).
 */
public record ColumnState(DeferredSnapshot snapshot, TokenPlace token) {
    /** True when there is a token to draw. */
    public boolean hasToken() {
        return token != null;
    }
}

package deferredsim.core.reading;

import java.util.Arrays;

/**
 * The snapshots one deferred passes through, each with the index of the event after which it
 * holds: answers "where does it stand at this playhead?" by binary search, so stepping back costs
 * what stepping forward does.
 */
final class History {
    private int[] indices = new int[4];
    private DeferredSnapshot[] snapshots = new DeferredSnapshot[4];
    private int size;
    private final DeferredSnapshot before;

    History(DeferredSnapshot before) {
        this.before = before;
    }

    /** Records that after event {@code index} the deferred stands as {@code snapshot}. */
    void add(int index, DeferredSnapshot snapshot) {
        if (size > 0 && indices[size - 1] == index) {
            snapshots[size - 1] = snapshot;
            return;
        }
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            snapshots = Arrays.copyOf(snapshots, size * 2);
        }
        indices[size] = index;
        snapshots[size] = snapshot;
        size++;
    }

    /** Where it stands once the first {@code at.position()} events have happened. */
    DeferredSnapshot at(Playhead at) {
        int found = Arrays.binarySearch(indices, 0, size, at.position());
        int applied = found >= 0 ? found : -found - 1;
        return applied == 0 ? before : snapshots[applied - 1];
    }

    /** The last snapshot. */
    DeferredSnapshot last() {
        return size == 0 ? before : snapshots[size - 1];
    }
}

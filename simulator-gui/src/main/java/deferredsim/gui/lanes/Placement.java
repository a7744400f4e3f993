package deferredsim.gui.lanes;

import deferredsim.core.recording.DeferredKind;
import java.util.List;

/**
 * Where one deferred's column goes and what rows it has, before it is given its place from the
 * left: worked out by {@link LaneIndex} from the reading (for deferreds the run created) and the
 * scenario's typed structure (for the ones it never created).
 *
 * @param parent the deferred whose stage, list or generator makes it, or null
 * @param at the parent's stage, member index or step that makes it, or -1
 * @param order its place among its parent's children (creation order, then the scenario's)
 */
record Placement(
        String name,
        DeferredKind kind,
        String parent,
        Column.Anchor anchor,
        int at,
        int order,
        String about,
        List<String> members,
        List<String> steps,
        List<StageRow> stages) {}

package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a {@link Scene}'s lanes for a terminal {@code width} columns wide and returns the {@link
 * Drawing}.
 *
 * <p>Overview: each top-level deferred is the root of a tree; a deferred's children (the deferreds
 * its stages returned, its list members, the deferreds its generator yielded) are drawn in a column
 * to its right, each starting on the row of the arrow that points at it, and the parent's chain is
 * stretched so the arrow bringing a child's result back leaves from the child's result line. A
 * child that would not fit in {@code width}, or that is nested too deep, is drawn as a tree of its
 * own further down instead, and the parent names it. Trees go left to right while they fit, then
 * on in a new band below. Nothing depends on the position a view shows: the layout is computed
 * once from the whole run, and earlier positions only hide marks.
 */
final class Layout {
    /** Columns between a lane and its children's column. */
    static final int GUTTER = 5;
    /** Columns between trees side by side. */
    static final int TREE_GAP = 4;
    /** Blank rows between bands of trees. */
    static final int BAND_GAP = 2;
    /** How many levels of children are drawn beside their parents at most. */
    static final int MAX_DEPTH = 12;

    /** Where a placed lane's result line is and where its block ends (exclusive). */
    record Block(int footerRow, int bottom) {}

    private final Scene scene;
    private final int width;
    private final List<Mark> marks = new ArrayList<>();
    private final int[] eventRows;
    private final int[] eventCols;
    private final Map<String, ColumnGeometry> geometries = new HashMap<>();
    private final List<String> trees = new ArrayList<>();

    private Layout(Scene scene, int width) {
        this.scene = scene;
        this.width = width;
        this.eventRows = new int[scene.recording.size()];
        this.eventCols = new int[scene.recording.size()];
        Arrays.fill(eventRows, -1);
        Arrays.fill(eventCols, -1);
    }

    /** Lays {@code scene} out for a terminal {@code width} columns wide. */
    static Drawing draw(Scene scene, int width) {
        return new Layout(scene, Math.max(width, 1)).run();
    }

    private Drawing run() {
        trees.addAll(scene.roots);
        int x = 0;
        int y = 0;
        int bandBottom = 0;
        for (int i = 0; i < trees.size(); i++) {
            String root = trees.get(i);
            int extent = extent(root, 0, 0);
            if (x > 0 && x + extent > width) {
                x = 0;
                y = bandBottom + BAND_GAP;
            }
            Block block = place(root, x, y, y, 0, 0, true);
            bandBottom = Math.max(bandBottom, block.bottom());
            x += extent + TREE_GAP;
        }
        return new Drawing(marks, bandBottom, eventRows, eventCols);
    }

    /** Places lane {@code name} with its top-left corner at {@code (x, y)}; {@code rel} is x within its tree. */
    Block place(String name, int x, int y, int minFooterRow, int depth, int rel, boolean root) {
        Column lane = scene.lane(name);
        return new ColumnPlacer(this, lane, geometry(lane), x, y, depth, rel, root).place(minFooterRow);
    }

    /** True when child {@code name}, whose column starts {@code rel} columns into the tree, is drawn beside its parent. */
    boolean attaches(String name, int rel, int depth) {
        Column child = scene.lane(name);
        return child != null && depth + 1 <= MAX_DEPTH && rel + geometry(child).width <= width;
    }

    /** Draws {@code name} as a tree of its own, after the trees already queued. */
    void detach(String name) {
        if (scene.lane(name) != null && !trees.contains(name)) {
            trees.add(name);
        }
    }

    /** The lane of {@code name}, or null. */
    Column lane(String name) {
        return scene.lane(name);
    }

    /** The right edge, within its tree, of lane {@code name} placed at {@code rel} with its attached children. */
    private int extent(String name, int rel, int depth) {
        Column lane = scene.lane(name);
        int laneWidth = geometry(lane).width;
        int result = rel + laneWidth;
        int childRel = rel + laneWidth + GUTTER;
        for (String child : lane.children()) {
            if (attaches(child, childRel, depth)) {
                result = Math.max(result, extent(child, childRel, depth + 1));
            }
        }
        return result;
    }

    private ColumnGeometry geometry(Column lane) {
        return geometries.computeIfAbsent(lane.name, name -> new ColumnGeometry(lane));
    }

    /** Adds a mark; a mark with a source is what shows that event. */
    void mark(int row, int col, String text, Style style, int from, int until, int source, String activeText) {
        if (text.isEmpty() || until <= from) {
            return;
        }
        marks.add(new Mark(row, col, text, style, from, until, source, activeText));
        if (source >= 0 && source < eventRows.length && (eventRows[source] < 0 || row < eventRows[source])) {
            eventRows[source] = row;
            eventCols[source] = col;
        }
    }

    /** Adds a mark shown from {@code from} on, depicting event {@code source} (or none when -1). */
    void mark(int row, int col, String text, Style style, int from, int source) {
        mark(row, col, text, style, from, Mark.FOREVER, source, null);
    }

    /** The {@code =>} in a lane's margin, shown only while the position is {@code source}. */
    void marker(int row, int laneX, int source) {
        if (source >= 0) {
            marks.add(new Mark(row, laneX, "=>", Style.ACTIVE, source, source + 1, -1, null));
        }
    }
}

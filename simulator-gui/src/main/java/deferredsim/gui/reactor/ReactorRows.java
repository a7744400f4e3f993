package deferredsim.gui.reactor;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each group header and row of a {@link ReactorPicture} lies, top to bottom, at a zoom: a
 * header line per group, then its rows. Answers which row is at a height, and where a group is.
 */
final class ReactorRows {
    static final double HEADER = 24;
    static final double ROW = 28;

    /** A group header ({@code row} null) or a row, at {@code top} with {@code height}. */
    record Entry(ReactorPicture.Group group, ReactorPicture.Row row, double top, double height) {}

    private final List<Entry> entries = new ArrayList<>();
    private final double height;

    ReactorRows(ReactorPicture picture, double zoom) {
        double y = 0;
        for (ReactorPicture.Group group : picture.groups()) {
            entries.add(new Entry(group, null, y, HEADER * zoom));
            y += HEADER * zoom;
            for (ReactorPicture.Row row : group.rows()) {
                entries.add(new Entry(group, row, y, ROW * zoom));
                y += ROW * zoom;
            }
        }
        this.height = y;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The height of everything. */
    double height() {
        return height;
    }

    /** The entry at content height {@code y}, or null. */
    Entry at(double y) {
        for (Entry e : entries) {
            if (y >= e.top() && y < e.top() + e.height()) {
                return e;
            }
        }
        return null;
    }

    /** The header entry of the group of {@code who}, or null. */
    Entry group(String who) {
        for (Entry e : entries) {
            if (e.row() == null && e.group().who().equals(who)) {
                return e;
            }
        }
        return null;
    }

    /** The bottom of the group of {@code who} (its last row), or -1. */
    double groupBottom(String who) {
        double bottom = -1;
        for (Entry e : entries) {
            if (e.group().who().equals(who)) {
                bottom = e.top() + e.height();
            }
        }
        return bottom;
    }
}

package deferredsim.gui.lanes;

import deferredsim.core.recording.Side;

/**
 * Pixel positions in the lanes drawing at one zoom: columns left to right, rows top to bottom, the
 * callback lane on the left of each column and the errback lane on its right (as in the classic
 * diagram). Coordinates are in drawing space; the view subtracts its scroll offsets.
 */
public record LaneGeometry(double zoom) {
    static final double ROW = 68;
    static final double LANE = 168;
    static final double LANE_GAP = 14;
    static final double COLUMN_GAP = 64;
    static final double MARGIN = 18;

    public double rowHeight() {
        return ROW * zoom;
    }

    public double laneWidth() {
        return LANE * zoom;
    }

    public double laneGap() {
        return LANE_GAP * zoom;
    }

    public double columnWidth() {
        return (2 * LANE + LANE_GAP) * zoom;
    }

    public double margin() {
        return MARGIN * zoom;
    }

    /** The left edge of column {@code order}. */
    public double columnX(int order) {
        return margin() + order * (columnWidth() + COLUMN_GAP * zoom);
    }

    /** The left edge of {@code side}'s lane in column {@code order}. */
    public double laneX(int order, Side side) {
        return columnX(order) + (side == Side.CALLBACK ? 0 : laneWidth() + laneGap());
    }

    /** The centre of {@code side}'s lane in column {@code order}. */
    public double laneCenter(int order, Side side) {
        return laneX(order, side) + laneWidth() / 2;
    }

    /** The top of drawing row {@code row} (fractional rows fall between). */
    public double rowY(double row) {
        return margin() + row * rowHeight();
    }

    /** The width needed for {@code columns} columns. */
    public double totalWidth(int columns) {
        return columns == 0 ? 0 : columnX(columns) - COLUMN_GAP * zoom + margin();
    }

    /** The height needed for {@code rows} rows. */
    public double totalHeight(int rows) {
        return rowY(rows) + margin();
    }

    /** The first row any part of which is below {@code y}. */
    public int rowAt(double y) {
        return (int) Math.floor((y - margin()) / rowHeight());
    }

    /** Text size at this zoom. */
    public double fontSize() {
        return 13 * zoom;
    }
}

package deferredsim.gui.timeline;

import deferredsim.core.reading.EventFamily;
import deferredsim.gui.theme.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible stretch of the timeline: track names, the time axis with one tick per
 * distinct virtual time, delayed calls as bars from scheduling to running, every event as a mark
 * on its track (labelled when there is room), events not yet shown faded, and the playhead.
 */
final class TimelinePainter {
    static final double AXIS = 26;
    static final double LABELS = 78;

    private final GraphicsContext gc;
    private final Palette p;
    private final double zoom;
    private final double scrollX;
    private final double width;
    private final double height;
    private final Font font;
    private final Font small;

    TimelinePainter(GraphicsContext gc, Palette p, double zoom, double scrollX, double width, double height) {
        this.gc = gc;
        this.p = p;
        this.zoom = zoom;
        this.scrollX = scrollX;
        this.width = width;
        this.height = height;
        this.font = Font.font(Font.getDefault().getFamily(), 12 * Math.min(zoom, 1.8));
        this.small = Font.font(Font.getDefault().getFamily(), 10.5 * Math.min(zoom, 1.8));
    }

    /** The height of one track with {@code tracks} tracks in {@code height} pixels. */
    static double trackHeight(int tracks, double height, double zoom) {
        return Math.max(12, Math.min(26 * zoom, (height - AXIS * zoom - 6) / Math.max(1, tracks)));
    }

    /** Screen x of axis unit {@code unitX}. */
    double screenX(double unitX) {
        return LABELS * zoom + unitX * zoom - scrollX;
    }

    void paint(TimelineLayout layout, int position) {
        gc.setFill(p.background());
        gc.fillRect(0, 0, width, height);
        int tracks = layout.trackNames().size();
        double th = trackHeight(tracks, height, zoom);
        double top = AXIS * zoom;
        for (int t = 0; t < tracks; t++) {
            gc.setFill(t % 2 == 0 ? p.grid().deriveColor(0, 1, 1, 0.35) : p.background());
            gc.fillRect(0, top + t * th, width, th);
        }
        double from = (scrollX - LABELS * zoom) / zoom - 40;
        double to = (scrollX + width) / zoom + 40;
        paintTicks(layout, from, to, top);
        paintSpans(layout, from, to, top, th);
        paintEvents(layout, position, from, to, top, th);
        double ph = screenX(layout.playheadX(position));
        gc.setStroke(p.accent());
        gc.setLineWidth(2.5);
        gc.strokeLine(ph, 2, ph, height);
        gc.setFill(p.accent());
        gc.fillPolygon(new double[] {ph - 6, ph + 6, ph}, new double[] {0, 0, 9}, 3);
        gc.setFill(p.background());
        gc.fillRect(0, 0, LABELS * zoom - 4, height);
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < tracks; t++) {
            gc.setFill(t == 0 ? p.accent() : p.text());
            gc.fillText(TimelineLayoutNames.shortName(layout.trackNames().get(t), 11), 6, top + t * th + th / 2);
        }
        gc.setFill(p.mutedText());
        gc.fillText("t (s)", 6, top / 2);
        paintLegend(top);
    }

    /** Which mark means what, in the bottom right corner (clear of the time labels). */
    private void paintLegend(double top) {
        double y = height - small.getSize() * 0.9;
        String[] words = {"fire / stage", "wait / resume / clock", "cancel / pause / late fire", "reactor"};
        Color[] colors = {p.callback(), p.waiting(), p.errback(), p.accent()};
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = width - 8;
        double total = 0;
        for (String word : words) {
            total += word.length() * small.getSize() * 0.58 + 24;
        }
        gc.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRect(x - total - 4, y - small.getSize() * 0.8, total + 8, small.getSize() * 1.6);
        for (int i = words.length - 1; i >= 0; i--) {
            double w = words[i].length() * small.getSize() * 0.58 + 14;
            x -= w + 10;
            gc.setFill(colors[i]);
            gc.fillOval(x, y - 4, 8, 8);
            gc.setFill(p.mutedText());
            gc.fillText(words[i], x + 12, y);
        }
    }

    private void paintTicks(TimelineLayout layout, double from, double to, double top) {
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double lastLabel = -1e9;
        for (TimelineLayout.Tick tick : layout.ticks()) {
            if (tick.x() < from || tick.x() > to) {
                continue;
            }
            double x = screenX(tick.x() - TimelineLayout.EVENT_GAP / 2);
            gc.setStroke(p.grid());
            gc.setLineWidth(1);
            gc.strokeLine(x, top - 4, x, height);
            if (x - lastLabel > 36 * zoom) {
                gc.setFill(p.text());
                gc.fillText("t=" + tick.time(), x + 3, top / 2);
                lastLabel = x;
            }
        }
    }

    private void paintSpans(TimelineLayout layout, double from, double to, double top, double th) {
        double[] laneEnds = new double[3];
        java.util.Arrays.fill(laneEnds, -1e18);
        for (TimelineLayout.Span span : layout.spans()) {
            double end = span.toX() < 0 ? layout.width() : span.toX();
            int lane = 0;
            while (lane < laneEnds.length - 1 && laneEnds[lane] > span.fromX()) {
                lane++;
            }
            laneEnds[lane] = end;
            if (end < from || span.fromX() > to) {
                continue;
            }
            double x0 = screenX(span.fromX());
            double x1 = screenX(end);
            double y = top + th * (0.25 + 0.25 * lane);
            gc.setStroke(span.cancelled() ? p.errback() : p.waiting());
            gc.setLineWidth(Math.max(1.5, th * 0.12));
            gc.setLineDashes(span.toX() < 0 ? new double[] {4, 3} : null);
            gc.strokeLine(x0, y, x1, y);
            gc.setLineDashes();
            gc.strokeLine(x1, y - 3, x1, y + 3);
        }
    }

    private void paintEvents(TimelineLayout layout, int position, double from, double to, double top, double th) {
        int first = Math.max(0, layout.firstAtOrAfter(from));
        boolean roomForLabels = TimelineLayout.EVENT_GAP * zoom >= 16 && th >= 16;
        gc.setFont(small);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        double lastLabelEnd = -1e9;
        for (int i = first; i < layout.size() && layout.x(i) <= to; i++) {
            double x = screenX(layout.x(i));
            double y = top + layout.track(i) * th + th / 2;
            EventFamily kind = layout.reading().family(i);
            Color c = color(kind);
            gc.setGlobalAlpha(i < position ? 1 : 0.3);
            double r = Math.max(3, Math.min(6 * zoom, th * 0.3));
            gc.setFill(c);
            if (kind == EventFamily.STAGE) {
                gc.fillRect(x - r, y - r, 2 * r, 2 * r);
            } else if (kind == EventFamily.LATE_FIRE || kind == EventFamily.CONTROL) {
                gc.fillPolygon(new double[] {x - r, x, x + r, x}, new double[] {y, y - r, y, y + r}, 4);
            } else {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
            if (i == position - 1) {
                gc.setStroke(p.accent());
                gc.setLineWidth(2);
                gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
            if (roomForLabels && i == position - 1 && x > lastLabelEnd) {
                String label = layout.reading().label(i);
                gc.setFill(p.text());
                gc.fillText(label, x + r + 2, y + r - 2);
                lastLabelEnd = x + r + 2 + label.length() * small.getSize() * 0.6;
            }
        }
        gc.setGlobalAlpha(1);
    }

    private Color color(EventFamily family) {
        return switch (family) {
            case FIRE, STAGE, SETTLE, OUTCOME -> p.callback();
            case LATE_FIRE, CONTROL -> p.errback();
            case WAIT, LIST, CLOCK -> p.waiting();
            case CREATE -> p.mutedText();
            case EXECUTION, NETWORK, REACTOR, PROCESS -> p.accent();
        };
    }
}

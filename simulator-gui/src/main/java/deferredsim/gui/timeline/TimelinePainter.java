package deferredsim.gui.timeline;

import deferredsim.core.reading.EventFamily;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.theme.Palette;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible part of the timeline: the time axis to scale with its ticks, each instant at
 * which several events happened as a shaded "same instant" band, the clock's calls as bars from
 * scheduling to running, every event as a mark on its track (events not yet happened faded), the
 * playhead, the track names in a column of their own, and the legend in a strip of its own below
 * the tracks, so it never covers a track or the current event. It draws with a {@link Pen}: on the
 * view's canvas, or (the whole timeline as its viewport) into an SVG picture.
 */
final class TimelinePainter {
    /** Heights and widths at zoom 1. */
    static final double AXIS = 40;

    static final double LEGEND = 20;
    static final double LABELS = 96;
    static final double TRACK = 24;

    private final Pen pen;
    private final Palette p;
    private final double zoom;
    private final double scrollX;
    private final double scrollY;
    private final double width;
    private final double height;
    private final PenFont small;

    TimelinePainter(Pen pen, Palette p, double zoom, double scrollX, double scrollY, double width, double height) {
        this.pen = pen;
        this.p = p;
        this.zoom = zoom;
        this.scrollX = scrollX;
        this.scrollY = scrollY;
        this.width = width;
        this.height = height;
        this.small = smallFont(zoom);
    }

    private static PenFont smallFont(double zoom) {
        return PenFont.regular(10.5 * Math.min(zoom, 1.8));
    }

    /** The radius of an event's mark. */
    private static double markRadius(double zoom) {
        return Math.max(3, Math.min(6 * zoom, trackHeight(zoom) * 0.28));
    }

    /** The width of the box behind the current event's label {@code label}. */
    private static double labelWidth(String label, double zoom) {
        return label.length() * smallFont(zoom).size() * 0.6 + 6;
    }

    /**
     * How far right of the axis's start the current event's label reaches at {@code at} (0 before
     * the first event): past the axis's end when the event is near it.
     */
    static double labelEnd(TimelineLayout layout, TimeAxis axis, Playhead at, double zoom) {
        if (at.atStart() || at.lastEvent() >= layout.size()) {
            return 0;
        }
        int i = at.lastEvent();
        return axis.fanX(i) + markRadius(zoom) + 3 + labelWidth(layout.reading().label(i), zoom);
    }

    static double trackHeight(double zoom) {
        return TRACK * zoom;
    }

    /** The top of the tracks area. */
    double tracksTop() {
        return AXIS * zoom;
    }

    /** The bottom of the tracks area (the legend strip is below it). */
    double tracksBottom() {
        return height - LEGEND * zoom;
    }

    /** Screen x of axis position {@code x}. */
    double screenX(double x) {
        return LABELS * zoom + x - scrollX;
    }

    void paint(TimelineLayout layout, TimeAxis axis, Playhead at) {
        pen.setFill(p.background());
        pen.fillRect(0, 0, width, height);
        double th = trackHeight(zoom);
        double top = tracksTop();
        double bottom = tracksBottom();
        int tracks = layout.trackNames().size();
        int firstTrack = Math.max(0, (int) Math.floor(scrollY / th));
        int lastTrack = Math.min(tracks - 1, (int) Math.ceil((scrollY + bottom - top) / th));
        pen.save();
        pen.clipRect(LABELS * zoom, 0, width - LABELS * zoom, bottom);
        for (int t = firstTrack; t <= lastTrack; t++) {
            pen.setFill(t % 2 == 0 ? p.grid().deriveColor(0, 1, 1, 0.35) : p.background());
            pen.fillRect(0, trackY(t), width, th);
        }
        double from = scrollX - 40;
        double to = scrollX + width + 40;
        AxisPainter.ticks(pen, p, axis, this::screenX, from, to, top * 0.25, top * 0.45, top * 0.55, zoom);
        AxisPainter.brackets(pen, p, axis, this::screenX, from, to, top * 0.55, top - 2, bottom, zoom);
        paintSpans(layout, axis, at, from, to, firstTrack, lastTrack);
        paintEvents(layout, axis, at, from, to, firstTrack, lastTrack);
        double ph = screenX(axis.playheadFanX(at));
        double pt = screenX(axis.playheadX(at));
        pen.setStroke(p.accent());
        pen.setLineWidth(2.5);
        pen.strokeLine(pt, 2, pt, top * 0.55);
        pen.strokeLine(pt, top * 0.55, ph, top - 2);
        pen.strokeLine(ph, top - 2, ph, bottom);
        pen.setFill(p.accent());
        pen.fillPolygon(new double[] {pt - 6, pt + 6, pt}, new double[] {0, 0, 9}, 3);
        pen.restore();
        paintLabels(layout, at, firstTrack, lastTrack, top, bottom);
        paintLegend(axis);
    }

    private double trackY(int track) {
        return tracksTop() + track * trackHeight(zoom) - scrollY;
    }

    private void paintSpans(
            TimelineLayout layout, TimeAxis axis, Playhead at, double from, double to, int firstTrack, int lastTrack) {
        if (firstTrack > 0 || layout.size() == 0) {
            return;
        }
        double th = trackHeight(zoom);
        double[] laneEnds = new double[3];
        java.util.Arrays.fill(laneEnds, -1e18);
        for (TimelineLayout.Span span : layout.spans()) {
            double x0 = axis.fanX(span.from());
            double x1 = span.to() < 0 ? axis.width() : axis.fanX(span.to());
            int lane = 0;
            while (lane < laneEnds.length - 1 && laneEnds[lane] > x0) {
                lane++;
            }
            laneEnds[lane] = x1;
            if (x1 < from || x0 > to) {
                continue;
            }
            double y = trackY(0) + th * (0.25 + 0.25 * lane);
            pen.setGlobalAlpha(span.from() < at.position() ? 1 : 0.3);
            pen.setStroke(span.cancelled() ? p.errback() : p.waiting());
            pen.setLineWidth(Math.max(1.5, th * 0.12));
            pen.setLineDashes(span.to() < 0 ? new double[] {4, 3} : null);
            pen.strokeLine(screenX(x0), y, screenX(x1), y);
            pen.setLineDashes();
            pen.strokeLine(screenX(x1), y - 3, screenX(x1), y + 3);
        }
        pen.setGlobalAlpha(1);
    }

    private void paintEvents(
            TimelineLayout layout, TimeAxis axis, Playhead at, double from, double to, int firstTrack, int lastTrack) {
        Reading reading = layout.reading();
        double th = trackHeight(zoom);
        pen.setFont(small);
        pen.setTextBaseline(VPos.CENTER);
        pen.setTextAlign(TextAlignment.LEFT);
        for (int rank = axis.rankAtOrAfter(from); rank < axis.size(); rank++) {
            int i = axis.eventAtRank(rank);
            double x = axis.fanX(i);
            if (x > to) {
                break;
            }
            int track = layout.track(i);
            if (track < firstTrack || track > lastTrack) {
                continue;
            }
            double sx = screenX(x);
            double y = trackY(track) + th / 2;
            EventFamily family = reading.family(i);
            pen.setGlobalAlpha(i < at.position() ? 1 : 0.3);
            double r = markRadius(zoom);
            pen.setFill(AxisPainter.color(p, family));
            switch (family) {
                case STAGE -> pen.fillRect(sx - r, y - r, 2 * r, 2 * r);
                case LATE_FIRE, CONTROL ->
                    pen.fillPolygon(new double[] {sx - r, sx, sx + r, sx}, new double[] {y, y - r, y, y + r}, 4);
                default -> pen.fillOval(sx - r, y - r, 2 * r, 2 * r);
            }
            if (i == at.lastEvent()) {
                pen.setStroke(p.accent());
                pen.setLineWidth(2);
                pen.strokeOval(sx - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
                String label = reading.label(i);
                double lw = labelWidth(label, zoom);
                pen.setFill(p.background().deriveColor(0, 1, 1, 0.9));
                pen.fillRect(sx + r + 3, y - small.size() * 0.7, lw, small.size() * 1.4);
                pen.setFill(p.text());
                pen.fillText(label, sx + r + 5, y);
            }
        }
        pen.setGlobalAlpha(1);
    }

    private void paintLabels(
            TimelineLayout layout, Playhead at, int firstTrack, int lastTrack, double top, double bottom) {
        double lw = LABELS * zoom;
        pen.setFill(p.background());
        pen.fillRect(0, 0, lw - 4, height);
        pen.setFill(p.mutedText());
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        pen.fillText("time", 6, top * 0.25);
        pen.fillText("same instant", 6, top * 0.78);
        int current = at.atStart() || at.lastEvent() >= layout.size() ? -1 : layout.track(at.lastEvent());
        pen.save();
        pen.clipRect(0, top, lw, bottom - top);
        List<String> names = layout.trackNames();
        int max = (int) Math.max(4, (lw - 10) / (small.size() * 0.6));
        for (int t = firstTrack; t <= lastTrack; t++) {
            pen.setFill(t == current ? p.accent() : t == 0 ? p.waiting() : p.text());
            pen.fillText(TimelineLayoutNames.shortName(names.get(t), max), 6, trackY(t) + trackHeight(zoom) / 2);
        }
        pen.restore();
    }

    /** Which mark means what, in its own strip below the tracks. */
    private void paintLegend(TimeAxis axis) {
        double top = tracksBottom();
        pen.setFill(p.background());
        pen.fillRect(0, top, width, height - top);
        pen.setStroke(p.grid());
        pen.setLineWidth(1);
        pen.strokeLine(0, top + 0.5, width, top + 0.5);
        double y = top + (height - top) / 2;
        String[] words = {
            "fire / stage",
            "wait / resume / clock",
            "cancel / pause / late fire",
            "reactor",
            "shaded: same instant, in order"
        };
        Color[] colors = {
            p.callback(), p.waiting(), p.errback(), p.accent(), p.accent().deriveColor(0, 1, 1, 0.3)
        };
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        double x = 8;
        for (int i = 0; i < words.length && x + words[i].length() * small.size() * 0.58 < width - 110; i++) {
            pen.setFill(colors[i]);
            pen.fillOval(x, y - 4, 8, 8);
            pen.setFill(p.mutedText());
            pen.fillText(words[i], x + 12, y);
            x += words[i].length() * small.size() * 0.58 + 30;
        }
        String scale = String.format(java.util.Locale.ROOT, "axis to scale: 1 s = %.0f px", axis.unitsPerSecond());
        pen.setTextAlign(TextAlignment.RIGHT);
        pen.fillText(scale, width - 8, y);
    }
}

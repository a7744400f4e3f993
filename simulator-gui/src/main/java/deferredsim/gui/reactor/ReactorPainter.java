package deferredsim.gui.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.theme.Palette;
import deferredsim.gui.timeline.AxisPainter;
import deferredsim.gui.timeline.TimeAxis;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible part of a {@link ReactorPicture} at a playhead: the time axis to scale on top,
 * each group's title with its process's status now, each row's name in a column of its own, and
 * its shapes. What has not happened yet is faint; a stretch still going on is solid up to the
 * playhead and faint after it, so the picture fills in as the run plays. The current event's shape
 * is ringed. The legend, in a strip of its own at the bottom, lists the looks the picture uses. It
 * draws with a {@link Pen}: on the view's canvas, or (the whole picture as its viewport) into an SVG.
 */
final class ReactorPainter {
    /** The ticks strip, then the "same instant" strip, above the rows. */
    static final double TICKS = 22;

    static final double AXIS = 50;
    static final double LEGEND = 20;
    static final double LABELS = 200;

    private final Pen pen;
    private final Palette p;
    private final double zoom;
    private final double scrollX;
    private final double scrollY;
    private final double width;
    private final double height;
    private final PenFont font;
    private final PenFont bold;
    private final PenFont small;
    private double[] fanDots = new double[0];

    ReactorPainter(Pen pen, Palette p, double zoom, double scrollX, double scrollY, double width, double height) {
        this.pen = pen;
        this.p = p;
        this.zoom = zoom;
        this.scrollX = scrollX;
        this.scrollY = scrollY;
        this.width = width;
        this.height = height;
        double size = Math.min(zoom, 1.8);
        this.font = PenFont.regular(12 * size);
        this.bold = PenFont.bold(12.5 * size);
        this.small = smallFont(zoom);
    }

    private static PenFont smallFont(double zoom) {
        return PenFont.regular(10.5 * Math.min(zoom, 1.8));
    }

    /** Where the "same instant" strip drew each event's dot (screen x), NaN for events not in it; after {@link #paint}. */
    double[] fanDots() {
        return fanDots;
    }

    double screenX(double x) {
        return LABELS * zoom + x - scrollX;
    }

    double screenY(double contentY) {
        return AXIS * zoom + contentY - scrollY;
    }

    void paint(
            Reading reading,
            ReactorPicture picture,
            ReactorRows rows,
            TimeAxis axis,
            Playhead at,
            Map<String, String> states,
            String empty) {
        pen.setFill(p.background());
        pen.fillRect(0, 0, width, height);
        double top = AXIS * zoom;
        double bottom = height - LEGEND * zoom;
        if (picture.groups().isEmpty()) {
            pen.setFill(p.mutedText());
            pen.setFont(font);
            pen.setTextAlign(TextAlignment.LEFT);
            pen.setTextBaseline(VPos.TOP);
            pen.fillText(empty, 12, top + 8);
            return;
        }
        double phx = axis.playheadX(at);
        pen.save();
        pen.clipRect(LABELS * zoom, 0, width - LABELS * zoom, bottom);
        double from = scrollX - 40;
        double to = scrollX + width + 40;
        int stripe = 0;
        for (ReactorRows.Entry e : rows.entries()) {
            double y = screenY(e.top());
            if (y > bottom || y + e.height() < top) {
                stripe++;
                continue;
            }
            pen.setFill(
                    e.row() == null
                            ? p.grid().deriveColor(0, 1, 1, 0.55)
                            : stripe % 2 == 0 ? p.background() : p.grid().deriveColor(0, 1, 1, 0.22));
            pen.fillRect(0, Math.max(y, top), width, e.height());
            stripe++;
        }
        AxisPainter.ticks(pen, p, axis, this::screenX, from, to, TICKS * zoom * 0.5, TICKS * zoom, bottom, zoom);
        fanDots = paintFan(reading, axis, at);
        Set<Look> used = EnumSet.noneOf(Look.class);
        pen.save();
        pen.clipRect(0, top, width, bottom - top);
        for (ReactorRows.Entry e : rows.entries()) {
            double y = screenY(e.top());
            if (e.row() == null || y > bottom || y + e.height() < top) {
                continue;
            }
            paintRow(e.row(), y, e.height(), at, phx, from, to, used);
        }
        pen.restore();
        double ph = screenX(phx);
        pen.setStroke(p.accent());
        pen.setLineWidth(2);
        pen.strokeLine(ph, 2, ph, TICKS * zoom);
        pen.strokeLine(ph, top, ph, bottom);
        pen.setFill(p.accent());
        pen.fillPolygon(new double[] {ph - 6, ph + 6, ph}, new double[] {0, 0, 9}, 3);
        pen.restore();
        paintLabels(rows, at, states, top, bottom);
        paintLegend(used, bottom);
    }

    /**
     * The "same instant" strip: the events of the playhead's instant fanned out in the order they
     * happened, each with its label, tied by a bracket to the instant's true time; the current one
     * ringed. Returns where each shown event's dot is (screen x), for clicks.
     */
    double[] paintFan(Reading reading, TimeAxis axis, Playhead at) {
        TimeAxis.Band band = axis.instant(at);
        double[] dots = new double[reading.size()];
        java.util.Arrays.fill(dots, Double.NaN);
        if (band == null) {
            return dots;
        }
        double yTrue = TICKS * zoom;
        double y = (TICKS + (AXIS - TICKS) / 2 + 2) * zoom;
        double each = Math.min(140 * zoom, Math.max(22 * zoom, (width - LABELS * zoom - 20) / band.count()));
        double total = each * band.count();
        double centre = screenX(band.x());
        double left = Math.max(LABELS * zoom + 6, Math.min(centre - total / 2, width - total - 6));
        pen.setFill(p.accent().deriveColor(0, 1, 1, 0.07));
        pen.fillRect(left - 4, yTrue + 4 * zoom, total + 8, (AXIS - TICKS - 6) * zoom);
        pen.setStroke(p.accent().deriveColor(0, 1, 1, 0.55));
        pen.setLineWidth(1);
        pen.strokePolyline(
                new double[] {left - 4, left - 4, centre, left + total + 4, left + total + 4},
                new double[] {yTrue + 8 * zoom, yTrue + 4 * zoom, yTrue, yTrue + 4 * zoom, yTrue + 8 * zoom},
                5);
        pen.setFont(small);
        pen.setTextBaseline(VPos.CENTER);
        pen.setTextAlign(TextAlignment.LEFT);
        double r = 4 * Math.min(zoom, 1.5);
        for (int m = 0; m < band.count(); m++) {
            int i = band.first() + m;
            double x = left + each * m + r + 2;
            dots[i] = x;
            pen.setGlobalAlpha(i < at.position() ? 1 : 0.35);
            pen.setFill(AxisPainter.color(p, reading.family(i)));
            pen.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (i == at.lastEvent()) {
                ring(x, y, r);
            }
            pen.setFill(i == at.lastEvent() ? p.accent() : p.text());
            pen.fillText(fit(reading.label(i), each - 2 * r - 8, small), x + r + 3, y);
        }
        pen.setGlobalAlpha(1);
        return dots;
    }

    private void paintRow(
            ReactorPicture.Row row,
            double y,
            double h,
            Playhead at,
            double phx,
            double from,
            double to,
            Set<Look> used) {
        double labelEnd = -1e9;
        for (ReactorPicture.Shape shape : row.shapes()) {
            boolean happened = shape.index() < at.position();
            boolean current = shape.index() == at.lastEvent();
            switch (shape) {
                case ReactorPicture.Span s -> {
                    if (s.to() < from || s.from() > to) {
                        continue;
                    }
                    used.add(s.look());
                    double cut = happened ? Math.min(Math.max(phx, s.from()), s.to()) : s.from();
                    if (cut > s.from()) {
                        pen.setGlobalAlpha(1);
                        span(s, s.from(), cut, y, h);
                    }
                    if (cut < s.to()) {
                        pen.setGlobalAlpha(happened ? 0.35 : 0.12);
                        span(s, cut, s.to(), y, h);
                    }
                    pen.setGlobalAlpha(happened ? 1 : 0.3);
                    spanText(s, y, h);
                    if (current) {
                        ring(screenX(s.from()), y + h / 2, h * 0.45);
                    }
                }
                case ReactorPicture.Mark m -> {
                    if (m.x() < from || m.x() > to) {
                        continue;
                    }
                    used.add(m.look());
                    pen.setGlobalAlpha(happened ? 1 : 0.18);
                    double sx = screenX(m.x());
                    mark(m.look(), sx, y + h / 2, h * 0.28);
                    if (current) {
                        ring(sx, y + h / 2, h * 0.4);
                    }
                    if ((happened || current) && sx > labelEnd && !m.text().isEmpty()) {
                        labelEnd = label(m.text(), sx + h * 0.32, y + h / 2, current);
                    }
                }
                case ReactorPicture.Bar b -> {
                    if (b.x() < from || b.x() > to) {
                        continue;
                    }
                    used.add(b.look());
                    pen.setGlobalAlpha(happened ? 1 : 0.18);
                    double sx = screenX(b.x());
                    double bh = Math.max(3, (h - 6) * b.height());
                    pen.setFill(b.look() == Look.READ ? p.callback() : p.accent());
                    pen.fillRect(sx - 2 * zoom, y + h - 3 - bh, 4 * zoom, bh);
                    if (current) {
                        ring(sx, y + h / 2, h * 0.4);
                        labelEnd = label(b.text() + " B", sx + 5 * zoom, y + h / 2, true);
                    }
                }
            }
        }
        pen.setGlobalAlpha(1);
    }

    private void span(ReactorPicture.Span s, double x0, double x1, double y, double h) {
        double sx0 = screenX(x0);
        double sx1 = screenX(x1);
        double inset = h * 0.18;
        double bh = h - 2 * inset;
        switch (s.look()) {
            case CPU -> fill(p.accent(), sx0, y + inset, sx1 - sx0, bh);
            case WAIT -> fill(p.waiting().deriveColor(0, 1, 1, 0.45), sx0, y + inset, sx1 - sx0, bh);
            case READY -> outline(p.accent(), sx0, y + inset, sx1 - sx0, bh, true);
            case IDLE -> fill(p.grid(), sx0, y + inset, sx1 - sx0, bh);
            case HELD -> fill(p.errback().deriveColor(0, 1, 1, 0.35), sx0, y + inset, sx1 - sx0, bh);
            case SELECT -> outline(p.mutedText(), sx0, y + inset * 1.6, sx1 - sx0, bh - inset * 1.2, true);
            case RUNNING ->
                fill(p.callback().deriveColor(0, 1, 1, 0.22), sx0, y + inset * 1.8, sx1 - sx0, bh - inset * 1.6);
            case STOPPED -> fill(p.grid(), sx0, y + inset * 1.8, sx1 - sx0, bh - inset * 1.6);
            case SCHEDULED -> {
                pen.setStroke(p.waiting());
                pen.setLineWidth(2 * zoom);
                pen.strokeLine(sx0, y + h / 2, sx1, y + h / 2);
            }
            case LATE -> fill(p.errback(), sx0, y + h / 2 - 3 * zoom, sx1 - sx0, 6 * zoom);
            case CONNECTION -> fill(p.callback().deriveColor(0, 1, 1, 0.16), sx0, y + inset, sx1 - sx0, bh);
            default -> fill(p.mutedText(), sx0, y + inset, sx1 - sx0, bh);
        }
    }

    private void spanText(ReactorPicture.Span s, double y, double h) {
        // A running reactor's band goes without words (the legend names it): the marks on it keep theirs.
        if (s.text().isEmpty() || s.look() == Look.RUNNING) {
            return;
        }
        double sx0 = screenX(s.from());
        double sx1 = screenX(s.to());
        double room = sx1 - sx0 - 6;
        String text = fit(s.text(), room, small);
        if (text.isEmpty()) {
            return;
        }
        pen.setFont(small);
        pen.setTextBaseline(VPos.CENTER);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setFill(s.look() == Look.CPU ? p.background() : s.look() == Look.LATE ? p.errback() : p.text());
        double ty = s.look() == Look.LATE || s.look() == Look.SCHEDULED ? y + h * 0.2 : y + h / 2;
        pen.fillText(text, Math.max(sx0 + 3, LABELS * zoom + 3), ty);
    }

    private void mark(Look look, double x, double y, double r) {
        switch (look) {
            case DUE -> {
                pen.setStroke(p.waiting());
                pen.setLineWidth(2);
                pen.strokePolygon(new double[] {x - r, x, x + r, x}, new double[] {y, y - r, y, y + r}, 4);
            }
            case RAN -> {
                pen.setFill(p.callback());
                pen.fillPolygon(new double[] {x - r, x, x + r, x}, new double[] {y, y - r, y, y + r}, 4);
            }
            case CANCELLED, REFUSED -> {
                pen.setStroke(p.errback());
                pen.setLineWidth(2.5);
                pen.strokeLine(x - r, y - r, x + r, y + r);
                pen.strokeLine(x - r, y + r, x + r, y - r);
            }
            case WAKE -> {
                pen.setFill(p.accent());
                pen.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y + r, y + r, y - r}, 3);
            }
            case TRIGGER -> {
                pen.setFill(p.accent());
                pen.fillRect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
            }
            case CALL -> {
                pen.setFill(p.text());
                pen.fillOval(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4);
            }
            case PRINT -> {
                pen.setFill(p.mutedText());
                pen.fillRoundRect(x - r, y - r * 0.7, r * 2, r * 1.4, r * 0.6, r * 0.6);
            }
            case CONNECT -> {
                pen.setStroke(p.callback());
                pen.setLineWidth(2);
                pen.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case CLOSE, EXIT -> {
                pen.setStroke(look == Look.EXIT ? p.text() : p.mutedText());
                pen.setLineWidth(3);
                pen.strokeLine(x, y - r * 1.3, x, y + r * 1.3);
            }
            case ERROR -> {
                pen.setFill(p.errback());
                pen.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y + r, y + r, y - r * 1.2}, 3);
            }
            default -> {
                pen.setFill(p.mutedText());
                pen.fillOval(x - r * 0.6, y - r * 0.6, r * 1.2, r * 1.2);
            }
        }
    }

    private void ring(double x, double y, double r) {
        double alpha = pen.getGlobalAlpha();
        pen.setGlobalAlpha(1);
        pen.setStroke(p.accent());
        pen.setLineWidth(2);
        pen.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
        pen.setGlobalAlpha(alpha);
    }

    /** Writes {@code text} at {@code x}; returns where it ends. */
    private double label(String text, double x, double y, boolean current) {
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        String shown = fit(text, labelRoom(current, zoom), small);
        double w = shown.length() * small.size() * 0.58;
        if (current) {
            double alpha = pen.getGlobalAlpha();
            pen.setGlobalAlpha(1);
            pen.setFill(p.background().deriveColor(0, 1, 1, 0.9));
            pen.fillRect(x - 2, y - small.size() * 0.75, w + 4, small.size() * 1.5);
            pen.setGlobalAlpha(alpha);
        }
        pen.setFill(current ? p.accent() : p.text());
        pen.fillText(shown, x, y);
        return x + w + 6;
    }

    /** The most room a mark's label takes: more for the current event's. */
    private static double labelRoom(boolean current, double zoom) {
        return current ? 420 * zoom : 160 * zoom;
    }

    /**
     * How far right of the axis's start the labels of the marks drawn at {@code at} reach (they may
     * pass the axis's end), at {@code zoom}; 0 when there are none.
     */
    static double labelsEnd(ReactorRows rows, Playhead at, double zoom) {
        PenFont small = smallFont(zoom);
        double end = 0;
        for (ReactorRows.Entry e : rows.entries()) {
            if (e.row() == null) {
                continue;
            }
            for (ReactorPicture.Shape shape : e.row().shapes()) {
                boolean current = shape.index() == at.lastEvent();
                boolean shown = current || shape.index() < at.position();
                String text = null;
                double x = 0;
                if (shape instanceof ReactorPicture.Mark m && shown && !m.text().isEmpty()) {
                    text = m.text();
                    x = m.x() + e.height() * 0.32;
                } else if (shape instanceof ReactorPicture.Bar b && current) {
                    text = b.text() + " B";
                    x = b.x() + 5 * zoom;
                }
                if (text != null) {
                    String fitted = fit(text, labelRoom(current, zoom), small);
                    end = Math.max(end, x + fitted.length() * small.size() * 0.58 + 6);
                }
            }
        }
        return end;
    }

    private void fill(Color c, double x, double y, double w, double h) {
        pen.setFill(c);
        pen.fillRoundRect(x, y, Math.max(1, w), h, 4 * zoom, 4 * zoom);
    }

    private void outline(Color c, double x, double y, double w, double h, boolean dashed) {
        pen.setStroke(c);
        pen.setLineWidth(1.4);
        if (dashed) {
            pen.setLineDashes(4, 3);
        }
        pen.strokeRoundRect(x, y, Math.max(1, w), h, 4 * zoom, 4 * zoom);
        pen.setLineDashes();
    }

    /** Group titles (with the process's status now, or a model's totals once it finished) and row names. */
    private void paintLabels(ReactorRows rows, Playhead at, Map<String, String> states, double top, double bottom) {
        double lw = LABELS * zoom;
        pen.setFill(p.background());
        pen.fillRect(0, 0, lw - 4, top);
        pen.setFill(p.mutedText());
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        pen.fillText("time, to scale", 8, TICKS * zoom * 0.5);
        pen.fillText("same instant, in order", 8, (TICKS * zoom + top) / 2 + 2 * zoom);
        pen.save();
        pen.clipRect(0, top, width, bottom - top);
        for (ReactorRows.Entry e : rows.entries()) {
            double y = screenY(e.top());
            if (y > bottom || y + e.height() < top) {
                continue;
            }
            if (e.row() == null) {
                ReactorPicture.Group g = e.group();
                pen.setFont(bold);
                pen.setFill(p.text());
                pen.fillText(fit(g.title(), lw - 12, bold), 8, y + e.height() / 2);
                String note = g.summaryIndex() >= 0 && g.summaryIndex() < at.position()
                        ? g.summary()
                        : states.getOrDefault(g.who(), null);
                if (note != null) {
                    pen.setFont(small);
                    pen.setFill(p.accent());
                    pen.fillText(fit(note, width - lw - 16, small), lw + 6, y + e.height() / 2);
                }
            } else {
                pen.setFill(p.background());
                pen.fillRect(0, y, lw - 4, e.height());
                pen.setFont(small);
                pen.setFill(p.text());
                pen.fillText(fit(e.row().title(), lw - 20, small), 16, y + e.height() / 2);
            }
        }
        pen.restore();
    }

    private void paintLegend(Set<Look> used, double top) {
        pen.setFill(p.background());
        pen.fillRect(0, top, width, height - top);
        pen.setStroke(p.grid());
        pen.setLineWidth(1);
        pen.strokeLine(0, top + 0.5, width, top + 0.5);
        double y = top + (height - top) / 2;
        double x = 8;
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        for (Look look : used) {
            double w = look.words().length() * small.size() * 0.58 + 26;
            if (x + w > width - 8) {
                break;
            }
            if (EnumSet.of(
                            Look.CPU,
                            Look.WAIT,
                            Look.READY,
                            Look.IDLE,
                            Look.HELD,
                            Look.SELECT,
                            Look.RUNNING,
                            Look.STOPPED,
                            Look.SCHEDULED,
                            Look.LATE,
                            Look.CONNECTION)
                    .contains(look)) {
                ReactorPicture.Span sample = new ReactorPicture.Span(0, -1, 0, 0, look, "");
                double sx = x + scrollX - LABELS * zoom;
                span(sample, sx, sx + 14, y - 8, 16);
            } else if (look == Look.READ || look == Look.SEND) {
                pen.setFill(look == Look.READ ? p.callback() : p.accent());
                pen.fillRect(x + 5, y - 6, 4, 12);
            } else {
                mark(look, x + 7, y, 5);
            }
            pen.setFill(p.mutedText());
            pen.fillText(look.words(), x + 18, y);
            x += w;
        }
    }

    /** {@code text} cut with an ellipsis to about {@code room} pixels; empty when not even two letters fit. */
    static String fit(String text, double room, PenFont f) {
        int max = (int) Math.floor(room / (f.size() * 0.58));
        if (text.length() <= max) {
            return text;
        }
        return max < 3 ? "" : text.substring(0, max - 1) + "…";
    }
}

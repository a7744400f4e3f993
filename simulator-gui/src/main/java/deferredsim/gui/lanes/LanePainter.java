package deferredsim.gui.lanes;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredPhase;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.Side;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.theme.Palette;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible part of the lanes for one playback position with a {@link Pen} (on the view's
 * canvas; or, with the whole drawing as the viewport, into an SVG picture): column headers,
 * list members and generator steps, the stage boxes with the values that went in and out, the
 * path the result took (crossing lanes where a stage failed or recovered), and links between an
 * outer deferred and the inner ones it waits on. Every word and state comes from the reading (each
 * column's {@link ColumnState} at the playhead). The tokens are drawn apart ({@link TokenPicture}).
 *
 * <p>Only rows inside the viewport are touched, so the cost of a frame does not depend on the
 * chain's length. {@code progress} (0 to 1) fades in a column created by the last step:
 * animation is decoration over the state at {@code position}.
 */
final class LanePainter {
    /** Each stage's row draws at least this many shapes: per lane a box, its border and its label. */
    static final int SHAPES_PER_STAGE_ROW = 6;

    private final Pen pen;
    private final Palette p;
    private final LaneGeometry g;
    private final double scrollX;
    private final double scrollY;
    private final double width;
    private final double height;
    private final PenFont font;
    private final PenFont bold;
    private final PenFont small;

    LanePainter(
            Pen pen,
            Palette palette,
            LaneGeometry geometry,
            double scrollX,
            double scrollY,
            double width,
            double height) {
        this.pen = pen;
        this.p = palette;
        this.g = geometry;
        this.scrollX = scrollX;
        this.scrollY = scrollY;
        this.width = width;
        this.height = height;
        this.font = PenFont.regular(geometry.fontSize());
        this.bold = PenFont.bold(geometry.fontSize() * 1.15);
        this.small = PenFont.regular(geometry.fontSize() * 0.85);
    }

    /** Paints everything but the tokens (those are {@link TokenView}s moved over the drawing). */
    void paint(LaneIndex index, Playhead position, Playhead previous, double progress) {
        paintBand(index, position, previous, progress, 0, height);
    }

    /**
     * Paints only the horizontal band {@code top <= y < bottom} of the viewport (clipped to it),
     * for a step that changed a few rows: the software renderer then rasterizes a fraction of the
     * drawing.
     */
    void paintBand(LaneIndex index, Playhead position, Playhead previous, double progress, double top, double bottom) {
        // Whole pixels, so anti-aliased edges at a band's border are not blended twice.
        double y0 = Math.max(0, Math.floor(top));
        double y1 = Math.min(height, Math.ceil(bottom));
        if (y1 <= y0) {
            return;
        }
        pen.save();
        pen.clipRect(0, y0, width, y1 - y0);
        pen.setFill(p.background());
        pen.fillRect(0, y0, width, y1 - y0);
        if (index.columns().isEmpty()) {
            pen.setFill(p.mutedText());
            pen.setFont(font);
            pen.setTextAlign(TextAlignment.LEFT);
            pen.setTextBaseline(VPos.TOP);
            pen.fillText("No deferreds yet: add one in the editor on the left.", g.margin(), g.margin());
            pen.restore();
            return;
        }
        pen.translate(-scrollX, -scrollY);
        int firstRow = Math.max(0, g.rowAt(scrollY + y0) - 1);
        int lastRow = g.rowAt(scrollY + y1) + 1;
        for (Column c : index.columns()) {
            double x = g.columnX(c.order());
            if (x > scrollX + width || x + g.columnWidth() < scrollX) {
                continue;
            }
            int from = Math.max(firstRow, c.rowOffset());
            int to = Math.min(lastRow, c.rowOffset() + c.rowCount() - 1);
            if (from > to + 1) {
                continue;
            }
            ColumnState now = c.state(position);
            boolean existed =
                    previous.equals(position) || c.state(previous).snapshot().exists();
            double alpha = !now.snapshot().exists() ? 0.35 : existed ? 1.0 : 0.35 + 0.65 * progress;
            pen.setGlobalAlpha(alpha);
            paintColumn(index, c, now, position, from, to);
            pen.setGlobalAlpha(1.0);
        }
        paintLinks(index, position, firstRow, lastRow);
        pen.restore();
    }

    private void paintColumn(LaneIndex index, Column c, ColumnState s, Playhead position, int from, int to) {
        double x = g.columnX(c.order());
        double top = g.rowY(c.rowOffset() + 0.75);
        double bottom = g.rowY(c.rowOffset() + c.rowCount());
        double laneTop = Math.max(top, g.rowY(from) - 2);
        double laneBottom = Math.min(bottom, g.rowY(to + 1) + 2);
        if (laneBottom > laneTop) {
            pen.setFill(p.laneCallback());
            pen.fillRect(x, laneTop, g.laneWidth(), laneBottom - laneTop);
            pen.setFill(p.laneErrback());
            pen.fillRect(g.laneX(c.order(), Side.ERRBACK), laneTop, g.laneWidth(), laneBottom - laneTop);
        }
        for (int row = from; row <= to; row++) {
            int local = row - c.rowOffset();
            if (local == 0) {
                paintHeader(c, s);
            } else if (local == c.resultRow()) {
                paintResult(c, s, row);
            } else if (local >= c.stagesStart()) {
                paintStage(c, local - c.stagesStart(), row, position);
            } else if (local - 1 < c.steps().size()) {
                paintStep(c, s, local - 1, row, position);
            } else {
                paintMembers(c, s, row);
            }
        }
        if (s.snapshot().phase() == DeferredPhase.WAITING || s.snapshot().pauses() > 0) {
            pen.setFill(Color.gray(0.5, 0.12));
            double y0 = Math.max(top, g.rowY(from));
            double y1 = Math.min(bottom, g.rowY(to + 1));
            if (y1 > y0) {
                pen.fillRect(x, y0, g.columnWidth(), y1 - y0);
            }
        }
    }

    /**
     * Line 1: the name, what it is and how the scenario fires it, and the status badge on the right
     * (the reading's status words); line 2: how it got its result, over the lane of that result's
     * side and in its colour (the lanes' titles before it has one); line 3: late fires and an
     * unhandled failure.
     */
    private void paintHeader(Column c, ColumnState s) {
        double x = g.columnX(c.order());
        double y = g.rowY(c.rowOffset());
        HeaderText header = HeaderText.of(s.snapshot());
        String badge = header.status();
        Color color = badgeColor(s.snapshot());
        double bw = Math.min(g.columnWidth() * 0.55, (badge.length() * 0.56 + 1.6) * small.size());
        double bx = x + g.columnWidth() - bw;
        double by = y + 4 * g.zoom();
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.TOP);
        pen.setFill(p.text());
        pen.setFont(bold);
        String name = fit(c.name(), bx - x - 8 * g.zoom(), bold);
        pen.fillText(name, x, y + 4 * g.zoom());
        double nameWidth = (name.length() * 0.68 + 0.8) * bold.size();
        pen.setFont(small);
        pen.setFill(p.mutedText());
        pen.fillText(fit(c.about(), bx - x - nameWidth - 6 * g.zoom(), small), x + nameWidth, y + 7 * g.zoom());
        pen.setFill(color.deriveColor(0, 1, 1, 0.16));
        pen.fillRoundRect(bx, by, bw, small.size() * 1.6, small.size() * 1.6, small.size() * 1.6);
        pen.setFill(color);
        pen.setTextAlign(TextAlignment.CENTER);
        pen.fillText(fit(badge, bw, small), bx + bw / 2, by + small.size() * 0.3);
        pen.setTextAlign(TextAlignment.LEFT);
        double ly = y + 25 * g.zoom();
        if (header.firing() == null) {
            pen.setFill(p.callback());
            pen.fillText("callback lane", x + 4 * g.zoom(), ly);
            pen.setFill(p.errback());
            pen.fillText("errback lane", g.laneX(c.order(), Side.ERRBACK) + 4 * g.zoom(), ly);
        } else {
            pen.setFill(header.firingSide() == Side.ERRBACK ? p.errback() : p.callback());
            pen.fillText(
                    fit(header.firing(), g.columnWidth() - g.laneWidth() * 0.1, small),
                    g.laneX(c.order(), header.firingSide())
                            + 4 * g.zoom()
                            - (header.firingSide() == Side.ERRBACK
                                    ? Math.max(
                                            0,
                                            header.firing().length() * small.size() * 0.56
                                                    - g.laneWidth()
                                                    + 8 * g.zoom())
                                    : 0),
                    ly);
        }
        if (!header.notes().isEmpty()) {
            pen.setFill(p.errback());
            pen.fillText(fit(header.notes(), g.columnWidth(), small), x + 4 * g.zoom(), y + 42 * g.zoom());
        }
    }

    private Color badgeColor(DeferredSnapshot s) {
        if (s.unhandled() || s.cancellation() != null || !s.lateFires().isEmpty()) {
            return p.errback();
        }
        if (s.phase() == DeferredPhase.WAITING || s.pauses() > 0) {
            return p.waiting();
        }
        if (s.phase() == DeferredPhase.FIRED) {
            return s.result() != null && s.result().isFailure() ? p.errback() : p.callback();
        }
        return p.mutedText();
    }

    private void paintStage(Column c, int stage, int row, Playhead position) {
        StageRow spec = c.stages().get(stage);
        DeferredSnapshot.StageRun run = c.stageRun(stage, position);
        double base = pen.getGlobalAlpha();
        for (Side side : Side.values()) {
            double x = g.laneX(c.order(), side) + 6 * g.zoom();
            double y = g.rowY(row) + 6 * g.zoom();
            double w = g.laneWidth() - 12 * g.zoom();
            double h = g.rowHeight() - 12 * g.zoom();
            boolean ran = run != null && run.side() == side;
            boolean skipped = run != null && !ran;
            pen.setGlobalAlpha(base * (skipped ? 0.45 : 1));
            pen.setFill(p.box());
            pen.fillRoundRect(x, y, w, h, 8 * g.zoom(), 8 * g.zoom());
            Color edge = ran ? (side == Side.CALLBACK ? p.callback() : p.errback()) : p.boxBorder();
            pen.setStroke(edge);
            pen.setLineWidth((ran ? 2.2 : 1) * g.zoom());
            pen.setLineDashes();
            pen.strokeRoundRect(x, y, w, h, 8 * g.zoom(), 8 * g.zoom());
            pen.setTextAlign(TextAlignment.LEFT);
            pen.setTextBaseline(VPos.TOP);
            pen.setFont(small);
            pen.setFill(p.mutedText());
            String label = (side == Side.CALLBACK ? "cb" : "eb") + stage + "  ";
            pen.fillText(label, x + 5 * g.zoom(), y + 3 * g.zoom());
            pen.setFont(font);
            pen.setFill(p.text());
            String text = side == Side.CALLBACK ? spec.callback() : spec.errback();
            pen.fillText(fit(text, w - 40 * g.zoom(), font), x + 30 * g.zoom(), y + 2 * g.zoom());
            if (spec.addedAt() != null && !ran) {
                pen.setFont(small);
                pen.setFill(p.accent());
                pen.fillText("added " + spec.addedAt(), x + 5 * g.zoom(), y + h - small.size() * 1.3);
            }
            if (ran) {
                pen.setFont(small);
                pen.setFill(p.mutedText());
                pen.fillText("in", x + 5 * g.zoom(), y + 20 * g.zoom());
                pen.fillText("out", x + 5 * g.zoom(), y + 35 * g.zoom());
                pen.setFont(font);
                pen.setFill(run.in().isFailure() ? p.errback() : p.callback());
                pen.fillText(fit(run.in().render(), w - 40 * g.zoom(), font), x + 30 * g.zoom(), y + 18 * g.zoom());
                boolean failed = run.out() != null && run.out().isFailure();
                pen.setFill(run.out() == null ? p.waiting() : failed ? p.errback() : p.callback());
                pen.fillText(fit(out(run), w - 40 * g.zoom(), font), x + 30 * g.zoom(), y + 33 * g.zoom());
            }
            pen.setGlobalAlpha(base);
        }
        paintPathInto(c, stage, row, position, run);
    }

    /**
     * The result's path into stage {@code stage}: down from the box of the stage that ran before
     * it (or from the firing), jogging across to the other lane where the side changes, as the
     * classic diagram's {@code |-----|} does.
     */
    private static String out(DeferredSnapshot.StageRun run) {
        return run.out() != null ? run.out().render() : "<" + run.returned() + ">";
    }

    private void paintPathInto(Column c, int stage, int row, Playhead position, DeferredSnapshot.StageRun run) {
        if (run == null) {
            return;
        }
        Side from = run.side();
        if (stage > 0) {
            DeferredSnapshot.StageRun before = c.stageRun(stage - 1, position);
            if (before == null) {
                return;
            }
            from = before.side();
        }
        double x0 = g.laneCenter(c.order(), from);
        double x1 = g.laneCenter(c.order(), run.side());
        double y0 = g.rowY(row) - 6 * g.zoom();
        double y1 = g.rowY(row) + 6 * g.zoom();
        double mid = (y0 + y1) / 2;
        pen.setStroke(run.in().isFailure() ? p.errback() : p.callback());
        pen.setLineWidth(2.5 * g.zoom());
        pen.setLineCap(StrokeLineCap.ROUND);
        pen.setLineDashes();
        pen.strokePolyline(new double[] {x0, x0, x1, x1}, new double[] {y0, mid, mid, y1}, 4);
        arrowHead(x1, y1, 0, 1);
    }

    /**
     * A generator step: the one its generator is at is marked ({@code ▶} running, {@code ⏸} stopped
     * at its yield, waiting); a step it resumed at shows what the yield gave it.
     */
    private void paintStep(Column c, ColumnState s, int step, int row, Playhead position) {
        double x = g.columnX(c.order()) + 6 * g.zoom();
        double y = g.rowY(row) + 8 * g.zoom();
        double w = g.columnWidth() - 12 * g.zoom();
        double h = g.rowHeight() - 16 * g.zoom();
        DeferredSnapshot.GeneratorState generator = s.snapshot().generator();
        boolean current = generator != null
                && generator.phase() != DeferredSnapshot.GeneratorPhase.FINISHED
                && generator.step() == step;
        boolean suspended = current && generator.phase() == DeferredSnapshot.GeneratorPhase.SUSPENDED;
        Color mark = suspended ? p.waiting() : p.accent();
        pen.setFill(p.box());
        pen.fillRoundRect(x, y, w, h, 8 * g.zoom(), 8 * g.zoom());
        pen.setStroke(current ? mark : p.boxBorder());
        pen.setLineWidth((current ? 2.2 : 1) * g.zoom());
        pen.setLineDashes(4 * g.zoom(), 3 * g.zoom());
        pen.strokeRoundRect(x, y, w, h, 8 * g.zoom(), 8 * g.zoom());
        pen.setLineDashes();
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.TOP);
        pen.setFont(font);
        pen.setFill(current ? mark : p.text());
        String marker = suspended ? "⏸ " : current ? "▶ " : "   ";
        pen.fillText(
                fit(marker + "step " + step + ":  " + c.steps().get(step), w - 12 * g.zoom(), font),
                x + 6 * g.zoom(),
                y + 4 * g.zoom());
        Beat.Resumed resume = c.stepResume(step, position);
        pen.setFont(small);
        if (suspended) {
            pen.setFill(p.waiting());
            pen.fillText("generator waits here for " + generator.awaited(), x + 24 * g.zoom(), y + 24 * g.zoom());
        } else if (resume != null) {
            pen.setFill(resume.in().isFailure() ? p.errback() : p.callback());
            pen.fillText(
                    "resumed with " + resume.in().render()
                            + (resume.in().isFailure()
                                    ? (resume.caught() ? " (raised, caught)" : " (raised here)")
                                    : ""),
                    x + 24 * g.zoom(),
                    y + 24 * g.zoom());
        }
    }

    /** A list's members and the result it recorded for each so far ({@code …}: none yet). */
    private void paintMembers(Column c, ColumnState s, int row) {
        double x = g.columnX(c.order()) + 6 * g.zoom();
        double y = g.rowY(row) + 8 * g.zoom();
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.TOP);
        pen.setFont(font);
        pen.setFill(p.text());
        DeferredSnapshot.ListProgress progress = s.snapshot().list();
        StringBuilder text = new StringBuilder("members: ");
        for (int i = 0; i < c.members().size(); i++) {
            String recorded = progress == null
                            || i >= progress.recorded().size()
                            || progress.recorded().get(i) == null
                    ? " …"
                    : " = " + progress.recorded().get(i).render();
            text.append(c.members().get(i)).append(recorded).append("   ");
        }
        pen.fillText(fit(text.toString().strip(), g.columnWidth() - 12 * g.zoom(), font), x, y);
        pen.setFont(small);
        pen.setFill(p.mutedText());
        pen.fillText("each member is drawn as its own column to the right →", x, y + 22 * g.zoom());
    }

    private void paintResult(Column c, ColumnState s, int row) {
        double x = g.columnX(c.order()) + 6 * g.zoom();
        double y = g.rowY(row) + 10 * g.zoom();
        double w = g.columnWidth() - 12 * g.zoom();
        double h = g.rowHeight() - 20 * g.zoom();
        pen.setStroke(p.boxBorder());
        pen.setLineWidth(1 * g.zoom());
        pen.strokeRect(x, y, w, h);
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.TOP);
        pen.setFont(small);
        pen.setFill(p.mutedText());
        DeferredSnapshot snapshot = s.snapshot();
        String words = switch (snapshot.phase()) {
            case FIRED -> "result";
            case WAITING -> "no result yet: waiting for " + snapshot.waitingOn();
            case PAUSED -> "held by pause()";
            case RUNNING -> "result (the chain is running)";
            case PENDING, NOT_CREATED -> "result (none yet)";
        };
        pen.fillText(
                fit(
                        words
                                + (snapshot.handedTo() != null
                                        ? " · handed to " + snapshot.handedTo() + ", now holds None"
                                        : ""),
                        w - 8 * g.zoom(),
                        small),
                x + 6 * g.zoom(),
                y + 3 * g.zoom());
    }

    /**
     * Dashed links from the row that made a deferred to its column (bold while the maker waits on
     * it); and, once it handed its result on, an arrow back into the row where the taker goes on,
     * into the lane of the side that result travels down.
     */
    private void paintLinks(LaneIndex index, Playhead position, int firstRow, int lastRow) {
        for (Column c : index.columns()) {
            Column parent = c.parent() == null ? null : index.column(c.parent());
            if (parent == null || c.rowOffset() > lastRow + 2 || c.rowOffset() < firstRow - 2) {
                continue;
            }
            DeferredSnapshot child = c.state(position).snapshot();
            DeferredSnapshot outer = parent.state(position).snapshot();
            boolean waitedOn = c.name().equals(outer.waitingOn())
                    || outer.generator() != null
                            && c.name().equals(outer.generator().awaited());
            double x0 = g.columnX(parent.order()) + g.columnWidth();
            double x1 = g.columnX(c.order());
            double y0;
            pen.setStroke(waitedOn ? p.waiting() : p.boxBorder());
            pen.setLineWidth((waitedOn ? 2.5 : 1.2) * g.zoom());
            pen.setLineDashes(6 * g.zoom(), 4 * g.zoom());
            pen.setGlobalAlpha(child.exists() ? 1 : 0.35);
            if (c.shelf() == parent.shelf() && c.order() > parent.order()) {
                // A child right next to its parent is linked at its header's middle; one further right along
                // the header row's top edge, so the line does not cross the text of the columns between.
                boolean adjacent = c.order() == parent.order() + 1;
                y0 = adjacent ? g.rowY(c.rowOffset() + 0.5) : g.rowY(c.rowOffset()) + 1.5 * g.zoom();
                pen.strokeLine(x0 + 4 * g.zoom(), y0, x1 - 6 * g.zoom(), y0);
            } else {
                // The child wrapped onto a shelf below: down from the row that made it, then along above the
                // child's header and into it.
                double ya = g.rowY(parent.rowOffset() + parent.anchorRow(c.anchor(), c.anchorAt()) + 0.5);
                y0 = g.rowY(c.rowOffset() + 0.5);
                double above = g.rowY(c.rowOffset()) - 6 * g.zoom();
                double xd = x0 + 10 * g.zoom();
                double xl = x1 - 16 * g.zoom();
                pen.strokePolyline(
                        new double[] {x0 + 4 * g.zoom(), xd, xd, xl, xl, x1 - 6 * g.zoom()},
                        new double[] {ya, ya, above, above, y0, y0},
                        6);
            }
            arrowHead(x1 - 6 * g.zoom(), y0, 1, 0);
            pen.setLineDashes();
            if (waitedOn) {
                pen.setFill(p.waiting());
                pen.setFont(small);
                pen.setTextAlign(TextAlignment.CENTER);
                pen.setTextBaseline(VPos.BOTTOM);
                pen.fillText("waits on", (x0 + x1) / 2, y0 - 3 * g.zoom());
            }
            HandBack back = HandBack.of(index, c, child);
            Column taker = back == null ? null : index.column(back.taker());
            if (taker != null) {
                // From the inner's result back into the taker's row where it goes on, in the result's lane.
                double xs = g.columnX(c.order()) - 6 * g.zoom();
                double yb = g.rowY(c.rowOffset() + c.resultRow() + 0.5);
                double xt = g.laneCenter(taker.order(), back.side());
                double yt = g.rowY(taker.rowOffset() + back.row());
                Color color = back.side() == Side.ERRBACK ? p.errback() : p.callback();
                pen.setStroke(color);
                pen.setLineWidth(2 * g.zoom());
                double bend = x0 + (xs - x0) * 0.5;
                pen.strokeCurve(xs, yb, bend, yb, bend, yt, xt + 10 * g.zoom(), yt);
                arrowHead(xt + 10 * g.zoom(), yt, -1, 0);
                pen.setFill(color);
                pen.setFont(small);
                pen.setTextAlign(TextAlignment.CENTER);
                pen.setTextBaseline(VPos.TOP);
                pen.fillText("result handed back: " + back.value().render(), bend, Math.max(yt, yb) + 3 * g.zoom());
            }
            pen.setGlobalAlpha(1);
        }
    }

    private void arrowHead(double x, double y, double dx, double dy) {
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double s = 7 * g.zoom();
        pen.strokeLine(x, y, x - s * ux + s * 0.6 * uy, y - s * uy - s * 0.6 * ux);
        pen.strokeLine(x, y, x - s * ux - s * 0.6 * uy, y - s * uy + s * 0.6 * ux);
    }

    /** {@code text} cut with an ellipsis to about {@code width} pixels (estimated, no text layout per frame). */
    static String fit(String text, double width, PenFont f) {
        int max = (int) Math.floor(width / (f.size() * 0.58));
        if (text.length() <= max || max < 2) {
            return text;
        }
        return text.substring(0, Math.max(1, max - 1)) + "…";
    }
}

package deferredsim.gui.lanes;

import deferredsim.gui.theme.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One result token: a dot with the value it carries beside it, on its own small canvas so that
 * moving it (the glide between two playback positions) repaints only the few pixels it covers,
 * not the whole lanes drawing. A hollow dot means the chain is held: waiting on an inner deferred
 * or paused.
 */
final class TokenView extends Canvas {
    private String drawnKey = "";
    private double anchorX;
    private double anchorY;

    TokenView() {
        setMouseTransparent(true);
        getStyleClass().add("token");
    }

    /** Redraws the token for {@code m} if what it shows changed. */
    void show(TokenMotion m, Palette p, LaneGeometry g) {
        boolean failure = m.failure();
        boolean held = m.held();
        String label = m.text();
        boolean right = m.lane() < 0.5;
        String key = label + '|' + failure + '|' + held + '|' + right + '|' + g.zoom() + '|' + p.hashCode();
        if (key.equals(drawnKey)) {
            return;
        }
        drawnKey = key;
        Color color = held ? p.waiting() : failure ? p.tokenFailure() : p.token();
        Font font = Font.font(Font.getDefault().getFamily(), g.fontSize());
        double r = 9 * g.zoom();
        double halo = r * 1.8;
        double lw = Math.min(g.laneWidth() * 1.4, (label.length() * 0.6 + 1.2) * font.getSize());
        double gap = r * 0.6;
        double w = 2 * halo + gap + lw + 4;
        double h = Math.max(2 * halo, font.getSize() * 2) + 4;
        setWidth(w);
        setHeight(h);
        anchorX = right ? halo + 2 : w - halo - 2;
        anchorY = h / 2;
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        gc.setFill(color.deriveColor(0, 1, 1, 0.22));
        gc.fillOval(anchorX - halo, anchorY - halo, 2 * halo, 2 * halo);
        if (held) {
            gc.setFill(p.background());
            gc.fillOval(anchorX - r, anchorY - r, 2 * r, 2 * r);
            gc.setStroke(color);
            gc.setLineWidth(3 * g.zoom());
            gc.strokeOval(anchorX - r, anchorY - r, 2 * r, 2 * r);
        } else {
            gc.setFill(color);
            gc.fillOval(anchorX - r, anchorY - r, 2 * r, 2 * r);
        }
        double lx = right ? anchorX + halo - r * 0.2 : anchorX - halo + r * 0.2 - lw;
        double ly = anchorY - font.getSize();
        gc.setFill(p.box());
        gc.fillRoundRect(lx, ly, lw, font.getSize() * 2, font.getSize(), font.getSize());
        gc.setStroke(color);
        gc.setLineWidth(1.5 * g.zoom());
        gc.strokeRoundRect(lx, ly, lw, font.getSize() * 2, font.getSize(), font.getSize());
        gc.setFill(color);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(LanePainter.fit(label, lw, font), lx + lw / 2, anchorY);
    }

    /** Puts the dot's centre at ({@code x}, {@code y}) in the parent's coordinates. */
    void placeAt(double x, double y) {
        relocate(x - anchorX, y - anchorY);
    }
}

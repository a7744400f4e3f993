package deferredsim.gui.lanes;

import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.theme.Palette;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * How one result token looks: a dot in a halo (hollow while the chain is held: waiting on an inner
 * deferred or paused) with the value it carries in a label beside it, on the side away from the
 * other lane. Knows the box it needs around the dot, and draws itself with any {@link Pen}: on a
 * {@link TokenView}'s own small canvas, or into an exported drawing.
 */
final class TokenPicture {
    private final TokenMotion motion;
    private final LaneGeometry geometry;
    private final PenFont font;
    private final double r;
    private final double halo;
    private final double labelWidth;
    private final boolean right;

    private TokenPicture(TokenMotion motion, LaneGeometry geometry) {
        this.motion = motion;
        this.geometry = geometry;
        this.font = PenFont.regular(geometry.fontSize());
        this.r = 9 * geometry.zoom();
        this.halo = r * 1.8;
        this.labelWidth = Math.min(geometry.laneWidth() * 1.4, (motion.text().length() * 0.6 + 1.2) * font.size());
        this.right = motion.lane() < 0.5;
    }

    /** The token {@code motion} describes, at {@code geometry}'s zoom. */
    static TokenPicture of(TokenMotion motion, LaneGeometry geometry) {
        return new TokenPicture(motion, geometry);
    }

    /** What the picture depends on: two pictures with the same key look the same. */
    String key(Palette p) {
        return motion.text()
                + '|'
                + motion.failure()
                + '|'
                + motion.held()
                + '|'
                + right
                + '|'
                + geometry.zoom()
                + '|'
                + p.hashCode();
    }

    /** The width of the box around the dot and its label. */
    double width() {
        return 2 * halo + r * 0.6 + labelWidth + 4;
    }

    /** The height of that box. */
    double height() {
        return Math.max(2 * halo, font.size() * 2) + 4;
    }

    /** Where the dot's centre is in that box, from its left edge. */
    double anchorX() {
        return right ? halo + 2 : width() - halo - 2;
    }

    /** Where the dot's centre is in that box, from its top edge. */
    double anchorY() {
        return height() / 2;
    }

    /** Draws the token with its dot's centre at ({@code x}, {@code y}). */
    void paint(Pen pen, Palette p, double x, double y) {
        boolean held = motion.held();
        Color color = held ? p.waiting() : motion.failure() ? p.tokenFailure() : p.token();
        pen.setFill(color.deriveColor(0, 1, 1, 0.22));
        pen.fillOval(x - halo, y - halo, 2 * halo, 2 * halo);
        if (held) {
            pen.setFill(p.background());
            pen.fillOval(x - r, y - r, 2 * r, 2 * r);
            pen.setStroke(color);
            pen.setLineWidth(3 * geometry.zoom());
            pen.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            pen.setFill(color);
            pen.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        double size = font.size();
        double lx = right ? x + halo - r * 0.2 : x - halo + r * 0.2 - labelWidth;
        double ly = y - size;
        pen.setFill(p.box());
        pen.fillRoundRect(lx, ly, labelWidth, size * 2, size, size);
        pen.setStroke(color);
        pen.setLineWidth(1.5 * geometry.zoom());
        pen.strokeRoundRect(lx, ly, labelWidth, size * 2, size, size);
        pen.setFill(color);
        pen.setFont(font);
        pen.setTextAlign(TextAlignment.CENTER);
        pen.setTextBaseline(VPos.CENTER);
        pen.fillText(LanePainter.fit(motion.text(), labelWidth, font), lx + labelWidth / 2, y);
    }
}

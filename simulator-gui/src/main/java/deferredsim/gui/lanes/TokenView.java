package deferredsim.gui.lanes;

import deferredsim.gui.canvas.CanvasPen;
import deferredsim.gui.theme.Palette;
import javafx.scene.canvas.Canvas;

/**
 * One result token ({@link TokenPicture}) on its own small canvas, so that moving it (the glide
 * between two playback positions) repaints only the few pixels it covers, not the whole lanes
 * drawing.
 */
final class TokenView extends Canvas {
    private final CanvasPen pen = new CanvasPen(getGraphicsContext2D());
    private String drawnKey = "";
    private double anchorX;
    private double anchorY;

    TokenView() {
        setMouseTransparent(true);
        getStyleClass().add("token");
    }

    /** Redraws the token for {@code m} if what it shows changed. */
    void show(TokenMotion m, Palette p, LaneGeometry g) {
        TokenPicture picture = TokenPicture.of(m, g);
        String key = picture.key(p);
        if (key.equals(drawnKey)) {
            return;
        }
        drawnKey = key;
        setWidth(picture.width());
        setHeight(picture.height());
        anchorX = picture.anchorX();
        anchorY = picture.anchorY();
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        picture.paint(pen, p, anchorX, anchorY);
    }

    /** Puts the dot's centre at ({@code x}, {@code y}) in the parent's coordinates. */
    void placeAt(double x, double y) {
        relocate(x - anchorX, y - anchorY);
    }
}

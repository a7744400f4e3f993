package deferredsim.gui.canvas;

/**
 * A font of the code-drawn views: the window's own sans-serif family (the one controls use) at a
 * size in pixels, regular or bold. Each {@link Pen} turns it into its own kind of font.
 */
public record PenFont(double size, boolean bold) {
    /** The regular face at {@code size} pixels. */
    public static PenFont regular(double size) {
        return new PenFont(size, false);
    }

    /** The bold face at {@code size} pixels. */
    public static PenFont bold(double size) {
        return new PenFont(size, true);
    }
}

package deferredsim.gui.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF one frame at a time (so a long run never holds every frame in memory):
 * each frame shows for its own delay, and the animation loops for ever. Frames in colour are reduced
 * to a 256-colour palette by the JDK's GIF writer.
 *
 * <p>Use: {@code try (AnimatedGif gif = AnimatedGif.create(path)) { gif.add(image, delay); }}.
 */
public final class AnimatedGif implements Closeable {
    /** The shortest delay viewers honour (browsers show 0 or 1 hundredths as 10). */
    public static final int MIN_DELAY_CENTISECONDS = 2;

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private int frames;

    private AnimatedGif(ImageWriter writer, ImageOutputStream out) {
        this.writer = writer;
        this.out = out;
    }

    /**
     * Starts a GIF at {@code file}, replacing it.
     *
     * @throws IOException when the file cannot be written
     */
    public static AnimatedGif create(Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        Files.deleteIfExists(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot write " + file);
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        return new AnimatedGif(writer, out);
    }

    /**
     * Adds {@code frame}, shown for {@code centiseconds} hundredths of a second (at least {@value
     * #MIN_DELAY_CENTISECONDS}).
     */
    public void add(BufferedImage frame, int centiseconds) throws IOException {
        BufferedImage rgb = opaque(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(MIN_DELAY_CENTISECONDS, centiseconds)));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode application = new IIOMetadataNode("ApplicationExtension");
            application.setAttribute("applicationID", "NETSCAPE");
            application.setAttribute("authenticationCode", "2.0");
            application.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            child(root, "ApplicationExtensions").appendChild(application);
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(rgb, null, metadata), param);
        frames++;
    }

    /** How many frames were added. */
    public int frames() {
        return frames;
    }

    /** Finishes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (frames == 0) {
                throw new IOException("an animated GIF needs at least one frame");
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
            out.close();
        }
    }

    /** The delay for one frame at {@code eventsPerSecond}, in hundredths of a second. */
    public static int centisecondsAt(double eventsPerSecond) {
        if (!(eventsPerSecond > 0) || Double.isInfinite(eventsPerSecond)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "a speed above 0 events per second, not %s", eventsPerSecond));
        }
        return (int) Math.max(MIN_DELAY_CENTISECONDS, Math.round(100 / eventsPerSecond));
    }

    private static BufferedImage opaque(BufferedImage frame) {
        if (frame.getType() == BufferedImage.TYPE_INT_RGB) {
            return frame;
        }
        BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.drawImage(frame, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}

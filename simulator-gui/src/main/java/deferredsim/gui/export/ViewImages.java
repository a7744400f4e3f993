package deferredsim.gui.export;

import deferredsim.core.io.AtomicFile;
import deferredsim.gui.playback.PlaybackViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Pictures of what the window shows, for slides and chats: the view as PNG at any scale (2× for
 * sharp slides), on the clipboard, or the whole run as an animated GIF, one frame per event.
 *
 * <p>All methods run on the JavaFX thread. A GIF is made by stepping the playback through every
 * event with the lanes' animations off, then putting both back as they were. Files are written
 * whole beside the target and then renamed over it ({@link AtomicFile}), so a failed or killed
 * export leaves the old picture, never half a new one.
 */
public final class ViewImages {
    /** Runs with more events than this become GIFs of every n-th event, so the file stays usable. */
    public static final int MAX_GIF_FRAMES = 400;

    /** How long the last frame stays before the GIF starts again, in hundredths of a second. */
    static final int FINAL_FRAME_CENTISECONDS = 300;

    private final Node view;
    private final PlaybackViewModel playback;
    private final List<ObjectProperty<Duration>> animations;

    /**
     * @param view the node pictured
     * @param playback the playback the GIF steps through
     * @param animations the animation durations set to zero while a GIF is made
     */
    public ViewImages(Node view, PlaybackViewModel playback, List<ObjectProperty<Duration>> animations) {
        this.view = view;
        this.playback = playback;
        this.animations = List.copyOf(animations);
    }

    /** The view now, {@code scale} times its size on screen. */
    public WritableImage snapshot(double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return view.snapshot(parameters, null);
    }

    /** Writes the view at {@code scale} to {@code file} as PNG, replacing it in one atomic step. */
    public void writePng(Path file, double scale) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(scale), null);
        AtomicFile.write(file, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }

    /** Puts the view, at its size on screen, on the system clipboard as an image. */
    public Image copyToClipboard() {
        WritableImage image = snapshot(1);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        return image;
    }

    /**
     * Writes the run as an animated GIF at {@code eventsPerSecond}: the view before the first event,
     * then after each one (every n-th one beyond {@value #MAX_GIF_FRAMES} frames), the last frame
     * held for three seconds, replacing {@code file} in one atomic step once the last frame is
     * written. The playback is back where it was afterwards.
     *
     * @return the number of frames written
     * @throws IllegalArgumentException when the speed is not above 0
     */
    public int writeGif(Path file, double eventsPerSecond) throws IOException {
        int delay = AnimatedGif.centisecondsAt(eventsPerSecond);
        int position = playback.getPosition();
        boolean playing = playback.isPlaying();
        playback.pause();
        List<Duration> durations = new ArrayList<>();
        animations.forEach(a -> durations.add(a.get()));
        animations.forEach(a -> a.set(Duration.ZERO));
        int size = playback.getSize();
        int stride = Math.max(1, (size + MAX_GIF_FRAMES) / MAX_GIF_FRAMES);
        int[] frames = new int[1];
        try {
            AtomicFile.write(file, temporary -> {
                try (AnimatedGif gif = AnimatedGif.create(temporary)) {
                    for (int at = 0; ; at = Math.min(size, at + stride)) {
                        playback.seek(at);
                        boolean last = at == size;
                        gif.add(frame(), last ? delay + FINAL_FRAME_CENTISECONDS : delay * stride);
                        if (last) {
                            break;
                        }
                    }
                    frames[0] = gif.frames();
                }
            });
            return frames[0];
        } finally {
            for (int i = 0; i < animations.size(); i++) {
                animations.get(i).set(durations.get(i));
            }
            playback.seek(position);
            if (playing) {
                playback.play();
            }
        }
    }

    private BufferedImage frame() {
        return SwingFXUtils.fromFXImage(snapshot(1), null);
    }
}

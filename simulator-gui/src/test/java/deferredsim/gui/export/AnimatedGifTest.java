package deferredsim.gui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimatedGifTest {
    @TempDir
    Path dir;

    // When three frames are added with their delays, then the GIF reads back as three frames, each with its delay,
    // looping.
    @Test
    void add_threeFrames_readBackWithTheirDelaysAndLoop() throws IOException {
        Path file = dir.resolve("run.gif");
        try (AnimatedGif gif = AnimatedGif.create(file)) {
            gif.add(frame(Color.RED), 50);
            gif.add(frame(Color.GREEN), 50);
            gif.add(frame(Color.BLUE), 300);
            assertThat(gif.frames()).isEqualTo(3);
        }

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(delayOf(reader, 0)).isEqualTo("50");
            assertThat(delayOf(reader, 2)).isEqualTo("300");
            assertThat(new Color(reader.read(1).getRGB(5, 5))).isEqualTo(Color.GREEN);
            IIOMetadataNode first =
                    (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertThat(first.getElementsByTagName("ApplicationExtension").getLength())
                    .isEqualTo(1);
        } finally {
            reader.dispose();
        }
    }

    // When a speed is turned into a frame delay, then 4 events a second show 25 hundredths each, and fast speeds stop
    // at 2.
    @Test
    void centisecondsAt_speeds() {
        assertThat(AnimatedGif.centisecondsAt(4)).isEqualTo(25);
        assertThat(AnimatedGif.centisecondsAt(0.5)).isEqualTo(200);
        assertThat(AnimatedGif.centisecondsAt(1000)).isEqualTo(AnimatedGif.MIN_DELAY_CENTISECONDS);
        assertThatThrownBy(() -> AnimatedGif.centisecondsAt(0)).hasMessageContaining("above 0");
    }

    // If no frame was added, then closing says a GIF needs one.
    @Test
    void close_withoutFrames_says() {
        assertThatThrownBy(() -> AnimatedGif.create(dir.resolve("empty.gif")).close())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("at least one frame");
    }

    private static BufferedImage frame(Color colour) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        return image;
    }

    private static String delayOf(ImageReader reader, int index) throws IOException {
        IIOMetadataNode root =
                (IIOMetadataNode) reader.getImageMetadata(index).getAsTree("javax_imageio_gif_image_1.0");
        return ((IIOMetadataNode)
                        root.getElementsByTagName("GraphicControlExtension").item(0))
                .getAttribute("delayTime");
    }
}

package deferredsim.gui.app;

import deferredsim.gui.canvas.SvgPen;
import deferredsim.gui.export.ViewImages;
import deferredsim.gui.export.ViewSvg;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The File menu's pictures: export the view as PNG at 1× or 2×, the views whole as SVG, the run as
 * an animated GIF at a chosen speed, and Edit › Copy view as image. Problems are reported in the
 * status line.
 */
public final class ExportActions {
    private final Stage stage;
    private final Consumer<String> status;
    private final ViewImages images;
    private final ViewSvg svg;
    private final java.util.function.DoubleSupplier speed;
    private java.util.function.Supplier<Path> folder = () -> null;
    private Consumer<Path> folderChosen = chosen -> {};

    ExportActions(
            Stage stage,
            Consumer<String> status,
            ViewImages images,
            ViewSvg svg,
            java.util.function.DoubleSupplier speed) {
        this.stage = stage;
        this.status = status;
        this.images = images;
        this.svg = svg;
        this.speed = speed;
    }

    /**
     * Where the save dialogs start ({@code folder}; null: the platform's choice) and who is told the
     * folder the learner picked.
     */
    void folders(java.util.function.Supplier<Path> folder, Consumer<Path> folderChosen) {
        this.folder = folder;
        this.folderChosen = folderChosen;
    }

    void exportPng(double scale) {
        Path file = choose(
                "Export view as PNG", "PNG image", "*.png", scale == 1 ? "deferred-view.png" : "deferred-view@2x.png");
        if (file != null) {
            exportPng(file, scale);
        }
    }

    /** Writes the view at {@code scale} (1 or 2) to {@code file}; returns whether it was written. */
    public boolean exportPng(Path file, double scale) {
        try {
            images.writePng(file, scale);
            status.accept(
                    "Exported the view to " + file.getFileName() + (scale == 1 ? "." : " at " + fmt(scale) + "×."));
            return true;
        } catch (IOException | RuntimeException broken) {
            status.accept("Export failed: " + broken.getMessage());
            return false;
        }
    }

    void exportSvg() {
        Path file = choose("Export view as SVG", "SVG picture", "*.svg", "deferred-view.svg");
        if (file != null) {
            exportSvg(file);
        }
    }

    /**
     * Writes the views on show, each whole, to {@code file} as SVG, replacing it in one atomic step;
     * returns whether it was written (when not, the file is as it was).
     */
    public boolean exportSvg(Path file) {
        try {
            double[] size = svg.write(file);
            status.accept(String.format(
                    Locale.ROOT,
                    "Exported the views, whole, to %s (%d × %d).",
                    file.getFileName(),
                    Math.round(size[0]),
                    Math.round(size[1])));
            return true;
        } catch (SvgPen.TooLarge tooLarge) {
            status.accept("Not exported: " + tooLarge.getMessage() + "; export the view as PNG instead.");
            return false;
        } catch (IOException | RuntimeException broken) {
            status.accept("Export failed: " + broken.getMessage());
            return false;
        }
    }

    void exportGif() {
        TextInputDialog ask = new TextInputDialog(fmt(speed.getAsDouble()));
        ask.initOwner(stage);
        ask.setTitle("Export run as animated GIF");
        ask.setHeaderText("Events per second in the GIF (the playback speed now: " + fmt(speed.getAsDouble()) + ")");
        ask.setContentText("Speed:");
        Optional<String> answer = ask.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        double eventsPerSecond;
        try {
            eventsPerSecond = Double.parseDouble(answer.get().strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            status.accept(
                    "Not exported: expected a speed such as 2 or 0.5 (events per second), not '" + answer.get() + "'.");
            return;
        }
        Path file = choose("Export run as animated GIF", "GIF image", "*.gif", "deferred-run.gif");
        if (file != null) {
            exportGif(file, eventsPerSecond);
        }
    }

    /** Writes the run to {@code file} as an animated GIF at {@code eventsPerSecond}; returns whether it was written. */
    public boolean exportGif(Path file, double eventsPerSecond) {
        try {
            int frames = images.writeGif(file, eventsPerSecond);
            status.accept("Exported the run to " + file.getFileName() + ": " + frames + " frames at "
                    + fmt(eventsPerSecond) + " events per second.");
            return true;
        } catch (IOException | RuntimeException broken) {
            status.accept("Export failed: " + broken.getMessage());
            return false;
        }
    }

    /** Puts the view on the clipboard as an image. */
    public Image copyImage() {
        Image image = images.copyToClipboard();
        status.accept(String.format(
                Locale.ROOT,
                "Copied the view as an image (%d × %d) to the clipboard.",
                Math.round(image.getWidth()),
                Math.round(image.getHeight())));
        return image;
    }

    private Path choose(String title, String kind, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(name);
        Path start = folder.get();
        if (start != null && start.toFile().isDirectory()) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return null;
        }
        folderChosen.accept(chosen.toPath().toAbsolutePath().getParent());
        return chosen.toPath();
    }

    private static String fmt(double value) {
        return value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}

package deferredsim.gui.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window remembers between sessions, kept as a small properties file ({@code
 * settings.properties} in {@link AppDirs#home()}): the theme, the zoom, the window's size and
 * whether it was maximized, and the folder last opened from or saved to. Every setter writes the
 * file at once; a file that cannot be read or written never stops the window (the defaults hold).
 */
public final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    /** The settings kept in {@code file} (read now if it exists). */
    public Settings(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                values.load(new StringReader(Files.readString(file)));
            }
        } catch (IOException | RuntimeException unreadable) {
            values.clear();
        }
    }

    /** The settings in the window's own folder, or ones that are never saved when that folder cannot be made. */
    public static Settings open() {
        try {
            return new Settings(AppDirs.home().resolve("settings.properties"));
        } catch (IOException unwritable) {
            return new Settings(Path.of(System.getProperty("java.io.tmpdir"), "deferred-sim-settings.properties"));
        }
    }

    /** True when the dark theme was chosen last. */
    public boolean dark() {
        return "dark".equals(values.getProperty("theme"));
    }

    public void dark(boolean on) {
        put("theme", on ? "dark" : "light");
    }

    /** The zoom last used, or 1. */
    public double zoom() {
        return number("zoom", 1);
    }

    public void zoom(double zoom) {
        put("zoom", Double.toString(zoom));
    }

    /** The window's last width and height, if known. */
    public Optional<double[]> windowSize() {
        double w = number("width", -1);
        double h = number("height", -1);
        return w > 0 && h > 0 ? Optional.of(new double[] {w, h}) : Optional.empty();
    }

    /** Remembers the window's size and whether it is maximized (a maximized window keeps its last normal size). */
    public void window(double width, double height, boolean maximized) {
        if (!maximized) {
            values.setProperty("width", Double.toString(width));
            values.setProperty("height", Double.toString(height));
        }
        put("maximized", Boolean.toString(maximized));
    }

    /** True when the window was maximized last. */
    public boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("maximized"));
    }

    /** The folder last opened from or saved to, if any. */
    public Optional<Path> lastFolder() {
        String folder = values.getProperty("lastFolder");
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    public void lastFolder(Path folder) {
        put("lastFolder", folder.toAbsolutePath().normalize().toString());
    }

    private double number(String key, double otherwise) {
        try {
            String value = values.getProperty(key);
            return value == null ? otherwise : Double.parseDouble(value);
        } catch (NumberFormatException unreadable) {
            return otherwise;
        }
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        try {
            StringWriter out = new StringWriter();
            values.store(out, "Deferred Simulator window settings");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AppDirs.writeAtomically(file, out.toString());
        } catch (IOException | RuntimeException unwritable) {
            // The window goes on with the values of this session.
        }
    }
}

package deferredsim.gui.document;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where open, save and export dialogs start: the scenario's own folder when it lies outside the
 * program's install (an example or lesson file inside the install is not a place to save to), else
 * the folder last used when that is outside the install, else the user's Documents folder, else
 * the home folder.
 */
public final class DialogFolders {
    private DialogFolders() {}

    /**
     * The folder to start a dialog in.
     *
     * @param scenario the file on show, or null
     * @param last the folder last opened from or saved to, or null
     * @param install the program's install folder, or null when unknown
     * @param home the user's home folder
     */
    public static Path initial(Path scenario, Path last, Path install, Path home) {
        Path own =
                scenario == null ? null : scenario.toAbsolutePath().normalize().getParent();
        if (usable(own, install)) {
            return own;
        }
        if (usable(last, install)) {
            return last.toAbsolutePath().normalize();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static boolean usable(Path folder, Path install) {
        if (folder == null || !Files.isDirectory(folder)) {
            return false;
        }
        return install == null
                || !folder.toAbsolutePath()
                        .normalize()
                        .startsWith(install.toAbsolutePath().normalize());
    }

    /**
     * The program's install folder: the nearest folder above {@code codeLocation} (where the
     * window's classes were loaded from) that holds the {@code deferred-sim} launcher, or null.
     */
    public static Path install(Path codeLocation) {
        for (Path dir = codeLocation; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deferred-sim"))) {
                return dir;
            }
        }
        return null;
    }
}

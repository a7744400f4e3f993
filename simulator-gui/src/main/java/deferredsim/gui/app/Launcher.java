package deferredsim.gui.app;

import javafx.application.Application;

/**
 * The window's {@code main}: launches {@link SimulatorApp}. A separate class so the window also
 * starts with JavaFX on the class path (a main class that extends {@code Application} would not).
 *
 * <p>Arguments: an optional scenario file to open.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(SimulatorApp.class, args);
    }
}

package deferredsim.gui.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The JavaFX application: builds the window from {@code main.fxml} and opens the file named on the
 * command line, or brings back autosaved work, or shows the classic example.
 *
 * <p>With {@code -Ddeferredsim.gui.timing=true} it prints how long the first window took to show,
 * measured from the launch time the launcher script passes ({@code -Ddeferredsim.launch.millis})
 * or else from the JVM's start.
 */
public final class SimulatorApp extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        MainController controller = MainController.create(new MainViewModel(), stage);
        deferredsim.gui.document.Settings settings = deferredsim.gui.document.Settings.open();
        double[] size = settings.windowSize().orElse(new double[] {1280, 800});
        Scene scene = new Scene(controller.root(), Math.max(640, size[0]), Math.max(480, size[1]));
        stage.setMaximized(settings.maximized());
        stage.setScene(scene);
        controller.attach(scene);
        // The window shows first; the scenario (which may be a very large file) is opened right after.
        controller.files().startWith(file, true);
        if (Boolean.getBoolean("deferredsim.gui.timing")) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> reportStartup());
        }
        if (Boolean.getBoolean("deferredsim.gui.warmUp")) {
            // The launcher's class-data-sharing run: show the window, play a little, quit cleanly.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                controller.files().forgetAutosave();
                PauseTransition quit = new PauseTransition(Duration.seconds(1.5));
                quit.setOnFinished(done -> Platform.exit());
                quit.play();
            });
        }
        stage.show();
    }

    private static void reportStartup() {
        long launched = Long.getLong(
                "deferredsim.launch.millis",
                ManagementFactory.getRuntimeMXBean().getStartTime());
        System.err.println(String.format(
                Locale.ROOT,
                "deferred-sim gui: first window shown %d ms after launch",
                System.currentTimeMillis() - launched));
    }
}

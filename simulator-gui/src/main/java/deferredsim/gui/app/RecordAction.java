package deferredsim.gui.app;

import deferredsim.core.program.ProgramRecorder;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.PythonFinder;
import deferredsim.core.scenario.ScenarioException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * File › Record Python script…: runs a script the user picks under their Python and Twisted (as
 * {@code deferred-sim record} does, on a thread of its own), shows its output in a small window
 * with a Stop button, saves the recording beside the script ({@code NAME.recording.json}) and opens
 * it. Without a Python with Twisted, the window says what to install.
 */
final class RecordAction {
    private final Stage owner;
    private final Consumer<String> status;
    private final Consumer<Path> open;

    RecordAction(Stage owner, Consumer<String> status, Consumer<Path> open) {
        this.owner = owner;
        this.status = status;
        this.open = open;
    }

    /** Asks for a script, starting in {@code folder}, and records it. */
    void chooseAndRecord(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Record a Python script");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python script", "*.py"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Any file", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            record(chosen.toPath());
        }
    }

    /** Records {@code script} (no arguments, the default limits) and opens the recording. */
    void record(Path script) {
        TextArea output = new TextArea();
        output.setEditable(false);
        output.setWrapText(false);
        output.setId("recordOutput");
        output.getStyleClass().add("reactor-text");
        VBox.setVgrow(output, Priority.ALWAYS);
        Label heading = new Label("Looking for Python 3 with Twisted…");
        heading.setId("recordHeading");
        heading.setWrapText(true);
        Button stop = new Button("Stop");
        stop.setId("recordStop");
        stop.setCancelButton(true);
        Button close = new Button("Close");
        close.setDisable(true);
        HBox buttons = new HBox(8, stop, close);
        VBox box = new VBox(8, heading, output, buttons);
        box.setPadding(new Insets(10));
        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle("Recording " + script.getFileName());
        window.setScene(new Scene(box, 640, 380));
        window.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        close.setOnAction(e -> window.close());

        ProgramRecorder[] running = new ProgramRecorder[1];
        boolean[] stopped = new boolean[1];
        stop.setOnAction(e -> {
            synchronized (running) {
                stopped[0] = true;
                if (running[0] != null) {
                    running[0].interrupt(true);
                }
            }
            heading.setText("Stopping " + script.getFileName() + "; what was recorded so far is kept…");
        });
        window.setOnCloseRequest(e -> stop.fire());
        Consumer<String> show = chunk -> Platform.runLater(() -> {
            if (output.getLength() < 200_000) {
                output.appendText(chunk);
            }
        });

        Thread thread = new Thread(
                () -> {
                    PythonFinder.Found python = PythonFinder.find(Optional.empty());
                    if (!python.ok()) {
                        Platform.runLater(() -> {
                            heading.setText("Cannot record: " + python.problem());
                            stop.setDisable(true);
                            close.setDisable(false);
                            status.accept("Not recorded: no Python with Twisted (install python3-twisted).");
                        });
                        return;
                    }
                    Platform.runLater(() -> heading.setText("Recording " + script + " with Python " + python.python()
                            + " and Twisted " + python.twisted() + " (time limit "
                            + ProgramRecorder.DEFAULT_TIME_LIMIT.toSeconds() + " s). Stop keeps what was recorded."));
                    Path file = destination(script);
                    try {
                        ProgramRecorder recorder = ProgramRecorder.start(
                                new ProgramRecorder.Options(
                                        script,
                                        List.of(),
                                        ProgramRecorder.DEFAULT_TIME_LIMIT,
                                        ProgramRecorder.DEFAULT_MAX_EVENTS,
                                        ProgramRecorder.DEFAULT_MAX_OUTPUT,
                                        false),
                                python,
                                show,
                                show);
                        synchronized (running) {
                            running[0] = recorder;
                            if (stopped[0]) {
                                recorder.interrupt(true);
                            }
                        }
                        ProgramRecorder.Result result = recorder.finish();
                        Files.writeString(file, result.text());
                        ProgramRun run = result.run();
                        Platform.runLater(() -> {
                            window.setOnCloseRequest(null);
                            window.close();
                            open.accept(file);
                            status.accept(run.ending().sentence() + " Saved the recording as " + file + ".");
                        });
                    } catch (IOException | ScenarioException | RuntimeException failed) {
                        Platform.runLater(() -> {
                            heading.setText("Not recorded: " + failed.getMessage());
                            stop.setDisable(true);
                            close.setDisable(false);
                            window.setOnCloseRequest(null);
                        });
                    }
                },
                "record " + script.getFileName());
        thread.setDaemon(true);
        window.show();
        thread.start();
    }

    /** {@code NAME.recording.json} beside the script, or in the temporary folder when that one cannot be written. */
    static Path destination(Path script) {
        String name = script.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        Path folder = script.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            folder = Path.of(System.getProperty("java.io.tmpdir"));
        }
        return folder.resolve(stem + ".recording.json");
    }
}

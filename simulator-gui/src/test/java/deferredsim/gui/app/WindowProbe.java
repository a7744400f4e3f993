package deferredsim.gui.app;

import deferredsim.gui.playback.FrameStats;
import deferredsim.gui.theme.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A hand-run probe of the real window (not a unit test): opens a scenario, seeks, switches theme,
 * zoom or comparison, then writes a snapshot PNG and/or measures playback frame times from pulse
 * timestamps, and quits. Used under Xvfb for the screenshots and speed figures in the notes.
 *
 * <p>Options: {@code --file F} {@code --chain N} (generate an N-stage chain instead), {@code --seek
 * K} or {@code --seek-fraction F} or {@code --seek-text T} (after the Nth event whose sentence contains T; {@code
 * --nth N}, default 1), {@code --dark}, {@code --compare}, {@code --zoom Z}, {@code
 * --size WxH}, {@code --snapshot OUT.png}, {@code --play SPEED} (play at SPEED events/s and print
 * frame statistics), {@code --wait MS} (before the snapshot), {@code --glide MS}, {@code --step MS} (step forward once after MS), {@code --steps N} (N single steps), {@code --scroll PX} (scroll PX a frame for 3 s, timing frames), {@code --stay}.
 */
public final class WindowProbe extends Application {
    public static void main(String[] args) {
        launch(WindowProbe.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Map<String, String> o = options(getParameters().getRaw().toArray(new String[0]));
        System.setProperty(
                "deferredsim.gui.home", Files.createTempDirectory("probe").toString());
        MainViewModel model = new MainViewModel();
        MainController controller = MainController.create(model, stage);
        String[] size = o.getOrDefault("size", "1400x860").split("x");
        Scene scene = new Scene(controller.root(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        stage.setScene(scene);
        controller.attach(scene);
        if (o.containsKey("glide")) {
            controller.lanes().animationDurationProperty().set(Duration.millis(Double.parseDouble(o.get("glide"))));
        }
        Path file = o.containsKey("chain")
                ? chain(Integer.parseInt(o.get("chain")))
                : o.containsKey("file") ? Path.of(o.get("file")) : null;
        long opening = System.nanoTime();
        controller.files().startWith(file);
        System.out.println(String.format(
                Locale.ROOT,
                "opened in %d ms (%d events)",
                (System.nanoTime() - opening) / 1_000_000,
                model.playback().getSize()));
        if (o.containsKey("dark")) {
            model.themeProperty().set(Theme.DARK);
        }
        if (o.containsKey("compare")) {
            model.compareProperty().set(true);
        }
        if (o.containsKey("zoom")) {
            model.setZoom(Double.parseDouble(o.get("zoom")));
        }
        stage.show();
        if (o.containsKey("seek")) {
            model.playback().seek(Integer.parseInt(o.get("seek")));
        } else if (o.containsKey("seek-text")) {
            int wanted = Integer.parseInt(o.getOrDefault("nth", "1"));
            for (int i = 0, seen = 0; i < model.playback().getSize(); i++) {
                if (model.playback().getReading().sentence(i).contains(o.get("seek-text")) && ++seen == wanted) {
                    model.playback().seek(i + 1);
                    break;
                }
            }
        } else if (o.containsKey("seek-fraction")) {
            model.playback()
                    .seek((int) Math.round(model.playback().getSize() * Double.parseDouble(o.get("seek-fraction"))));
        }
        if (o.containsKey("scroll")) {
            // Scrolls the lanes by SCROLL pixels every frame for three seconds, timing the frames.
            double perFrame = Double.parseDouble(o.get("scroll"));
            FrameStats frames = new FrameStats(10_000);
            long[] started = {-1};
            long[] last = {-1};
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (started[0] < 0) {
                        started[0] = now;
                    }
                    if (last[0] > 0 && now - last[0] > 50_000_000L) {
                        System.out.println(String.format(
                                Locale.ROOT, "  slow frame %d: %.1f ms", frames.count(), (now - last[0]) / 1e6));
                    }
                    last[0] = now;
                    frames.pulse(now);
                    controller.lanes().scrollBy(perFrame);
                    if (now - started[0] > 3_000_000_000L) {
                        stop();
                        System.out.println(String.format(
                                Locale.ROOT,
                                "scrolling %d stages by %.0f px a frame: %s, at y=%.0f",
                                model.lanes().getIndex().column("d").stages().size(),
                                perFrame,
                                frames.summary(),
                                controller.lanes().scrollYProperty().get()));
                        Platform.exit();
                    }
                }
            }.start();
            return;
        }
        if (o.containsKey("play")) {
            model.playback().first();
            model.playback().speedProperty().set(Double.parseDouble(o.get("play")));
            FrameStats frames = controller.driver().frames();
            model.playback().playingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    System.out.println(String.format(
                            Locale.ROOT,
                            "playback of %d events: %s",
                            model.playback().getSize(),
                            frames.summary()));
                    Platform.exit();
                }
            });
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                frames.reset();
                model.playback().play();
            });
            settle.play();
            return;
        }
        if (o.containsKey("steps")) {
            // Steps one event at a time (each repainting only what it changed), for comparing with --seek.
            int n = Integer.parseInt(o.get("steps"));
            javafx.animation.Timeline stepper = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    Duration.millis(20), e -> model.playback().stepForward()));
            stepper.setCycleCount(n);
            stepper.play();
        }
        if (o.containsKey("step")) {
            // One animated step half-way through the wait: the snapshot then catches the token gliding.
            PauseTransition step = new PauseTransition(Duration.millis(Double.parseDouble(o.get("step"))));
            step.setOnFinished(e -> model.playback().stepForward());
            step.play();
        }
        PauseTransition wait = new PauseTransition(Duration.millis(Double.parseDouble(o.getOrDefault("wait", "700"))));
        wait.setOnFinished(e -> {
            if (o.containsKey("snapshot")) {
                try {
                    ImageIO.write(
                            SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(o.get("snapshot")));
                } catch (Exception broken) {
                    broken.printStackTrace();
                }
            }
            if (!o.containsKey("stay")) {
                Platform.exit();
            }
        });
        wait.play();
    }

    private static Path chain(int stages) throws Exception {
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < stages; i++) {
            chain.append(i == 0 ? "" : ", ")
                    .append(
                            i % 4 == 1
                                    ? "[\"fail oops\", \"passthru\"]"
                                    : i % 4 == 3
                                            ? "[\"passthru\", \"return fixed\"]"
                                            : "[\"return v" + i + "\", \"passthru\"]");
        }
        Path file = Files.createTempFile("chain", ".json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [" + chain
                        + "], \"fire\": {\"method\": \"callback\", \"value\": \"initial\", \"after\": 0}}]}");
        return file;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                o.put(key, flag ? "true" : args[++i]);
            }
        }
        return o;
    }
}

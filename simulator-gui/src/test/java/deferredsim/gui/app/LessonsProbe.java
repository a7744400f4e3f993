package deferredsim.gui.app;

import deferredsim.gui.lessons.ExerciseViewModel;
import deferredsim.lessons.LessonScenario;
import java.io.File;
import java.nio.file.Files;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A hand-run probe of the lessons panel (not a unit test), for the Xvfb screenshots: {@code LESSON
 * OUT.png [open=SCENARIO|first-reactor] [answer=N:TEXT] [seek=K] [scroll=exercise-N|top|F]}.
 * Opens the panel on lesson LESSON, does what is asked, waits, writes the window as PNG and quits.
 */
public final class LessonsProbe extends Application {
    public static void main(String[] args) {
        launch(LessonsProbe.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        System.setProperty(
                "deferredsim.gui.home",
                Files.createTempDirectory("lessons-probe").toString());
        var args = getParameters().getRaw();
        MainViewModel model = new MainViewModel();
        MainController controller = MainController.create(model, stage);
        Scene scene = new Scene(controller.root(), 1500, 920);
        stage.setScene(scene);
        controller.attach(scene);
        controller.files().startWith(null);
        stage.show();
        controller.showLessons(true);
        int lesson = Integer.parseInt(args.get(0));
        controller.lessons().select(lesson);
        String scroll = "top";
        for (String arg : args.subList(2, args.size())) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "open":
                    LessonScenario scenario = "first-reactor".equals(kv[1])
                            ? controller.lessons().model().getSelected().scenarios().stream()
                                    .filter(s -> s instanceof deferredsim.lessons.ReactorScenario)
                                    .findFirst()
                                    .orElseThrow()
                            : controller
                                    .lessons()
                                    .model()
                                    .getSelected()
                                    .scenario(kv[1])
                                    .orElseThrow();
                    controller.lessons().model().open(scenario);
                    break;
                case "answer":
                    String[] na = kv[1].split(":", 2);
                    ExerciseViewModel ex =
                            controller.lessons().model().getExercises().get(Integer.parseInt(na[0]) - 1);
                    ex.nextHint();
                    ex.check(na[1]);
                    if (ex.canShowWhereProperty().get()) {
                        ex.showMeWhere();
                    }
                    break;
                case "seek":
                    model.playback().seek(Integer.parseInt(kv[1]));
                    break;
                case "scroll":
                    scroll = kv[1];
                    break;
                default:
                    throw new IllegalArgumentException(arg);
            }
        }
        String where = scroll;
        PauseTransition wait = new PauseTransition(Duration.millis(900));
        wait.setOnFinished(e -> {
            ScrollPane pane = (ScrollPane) scene.lookup(".lesson-scroll");
            if (where.startsWith("exercise-")) {
                Node node = scene.lookup("#" + where);
                Node content = pane.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()))
                        .getMinY();
                double room = content.getBoundsInLocal().getHeight()
                        - pane.getViewportBounds().getHeight();
                pane.setVvalue(Math.min(1, Math.max(0, (y - 20) / room)));
            } else if (!"top".equals(where)) {
                pane.setVvalue(Double.parseDouble(where));
            }
            PauseTransition later = new PauseTransition(Duration.millis(400));
            later.setOnFinished(done -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(args.get(1)));
                } catch (Exception broken) {
                    broken.printStackTrace();
                }
                Platform.exit();
            });
            later.play();
        });
        wait.play();
    }
}

package deferredsim.gui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The real window for a headless test: a fresh settings folder (so no test sees another's theme,
 * zoom or recent files), the given size, no token animation, the classic example on show.
 */
record TestWindow(MainViewModel model, MainController controller, Path home) {
    static TestWindow open(Stage stage, double width, double height) throws Exception {
        Path home = Files.createTempDirectory("deferred-sim-gui-test");
        System.setProperty("deferredsim.gui.home", home.toString());
        MainViewModel model = new MainViewModel();
        MainController controller = MainController.create(model, stage);
        Scene scene = new Scene(controller.root(), width, height);
        stage.setScene(scene);
        controller.attach(scene);
        controller.lanes().animationDurationProperty().set(Duration.ZERO);
        controller.files().startWith(null);
        stage.show();
        return new TestWindow(model, controller, home);
    }
}

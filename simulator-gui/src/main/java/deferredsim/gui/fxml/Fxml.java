package deferredsim.gui.fxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML with its controller: the one way every view of the window is built. */
public final class Fxml {
    private Fxml() {}

    /**
     * Loads {@code resource} (found next to {@code controller}'s class) with {@code controller} as
     * its controller, and returns the root with the controller as its user data.
     *
     * @throws UncheckedIOException if the file is missing or malformed (a build fault, not a user's)
     */
    public static Parent load(String resource, Object controller) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(resource));
        loader.setController(controller);
        try {
            Parent root = loader.load();
            root.setUserData(controller);
            return root;
        } catch (IOException broken) {
            throw new UncheckedIOException("cannot load " + resource + ": " + broken.getMessage(), broken);
        }
    }
}

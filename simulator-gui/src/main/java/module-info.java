/**
 * The window (JavaFX): the scenario editor, the callback and errback lanes, the timeline, the
 * reactor picture, playback, the lessons panel and the exports. A program: it exports its
 * application class to JavaFX only, and opens its FXML controllers to the FXML loader.
 */
module deferredsim.gui {
    requires deferredsim.lessons;
    requires java.desktop;
    requires java.management; // the start-up time, measured from the JVM's start
    requires javafx.controls;
    requires javafx.fxml;
    requires javafx.swing;

    exports deferredsim.gui.app to
            javafx.graphics;

    opens deferredsim.gui.app to
            javafx.fxml;
    opens deferredsim.gui.editor to
            javafx.fxml;
    opens deferredsim.gui.lessons to
            javafx.fxml;
    opens deferredsim.gui.playback to
            javafx.fxml;
}

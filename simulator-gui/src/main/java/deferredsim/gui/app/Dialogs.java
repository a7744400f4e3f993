package deferredsim.gui.app;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;

/** Dialogs that look like the window: the same style sheets, so the dark theme reaches them too. */
final class Dialogs {
    private Dialogs() {}

    /** Gives {@code dialog} the style sheets of {@code owner} (the window's scene), when there is one. */
    static void theme(Dialog<?> dialog, Scene owner) {
        if (owner != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getStylesheets());
            dialog.getDialogPane().getStyleClass().add("themed-dialog");
        }
    }
}

package deferredsim.gui.app;

import deferredsim.gui.playback.PlaybackViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The transport's keys: Space play/pause, ← → step, Home/End first/last, [ ] slower/faster. While
 * the learner is typing in a field the same keys need Ctrl, so typing is never hijacked. (Menu
 * commands have their own accelerators on the menu items.)
 */
final class Shortcuts {
    /** The table shown by Help › Keyboard shortcuts. */
    static final String TABLE = String.join(
            "\n",
            "Space            play / pause",
            "→  /  ←          step forward / step back",
            "Home  /  End     first / last event",
            "]  /  [          faster / slower",
            "(while typing in a field, hold Ctrl with these keys; Ctrl works anywhere)",
            "",
            "Ctrl+N           new scenario",
            "Ctrl+O           open…",
            "Ctrl+S           save      Ctrl+Shift+S  save as…",
            "Ctrl+E           export the view as PNG   Ctrl+Alt+E    at 2× (for slides)",
            "Ctrl+Alt+S       export the views whole as SVG (sharp at any size)",
            "Ctrl+Alt+G       export the run as an animated GIF",
            "Ctrl+Shift+C     copy the trace           Ctrl+Alt+I    copy the view as an image",
            "Ctrl+Alt+C       copy the scenario (JSON) Ctrl+Alt+L    copy its share line",
            "Ctrl+Shift+V     paste a scenario (JSON or a share line)",
            "Ctrl+D           add a deferred      Ctrl+P  add a pair",
            "Ctrl+=  Ctrl+-   zoom in / out      Ctrl+0  actual size",
            "Ctrl+Shift+= / - / 0   zoom the time axis in / out / fit the run (or Ctrl+wheel on the timeline)",
            "Ctrl+T           dark / light theme",
            "Ctrl+K           compare callback and errback firings",
            "Ctrl+L           the lessons panel      Ctrl+Shift+E  the editor panel",
            "F1               this list",
            "Ctrl+Q           quit");

    private Shortcuts() {}

    static void install(Scene scene, PlaybackViewModel playback) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (typing && !e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (handle(e.getCode(), e.getText(), playback)) {
                e.consume();
            }
        });
    }

    private static boolean handle(KeyCode code, String text, PlaybackViewModel playback) {
        switch (code) {
            case SPACE:
                playback.togglePlay();
                return true;
            case RIGHT:
                playback.stepForward();
                return true;
            case LEFT:
                playback.stepBack();
                return true;
            case HOME:
                playback.first();
                return true;
            case END:
                playback.last();
                return true;
            case CLOSE_BRACKET:
                playback.faster();
                return true;
            case OPEN_BRACKET:
                playback.slower();
                return true;
            default:
                if ("]".equals(text)) {
                    playback.faster();
                    return true;
                }
                if ("[".equals(text)) {
                    playback.slower();
                    return true;
                }
                return false;
        }
    }
}

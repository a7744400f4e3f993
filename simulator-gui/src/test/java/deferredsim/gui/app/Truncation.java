package deferredsim.gui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds controls narrower than their text: every visible {@link Labeled} on screen whose skin had
 * to cut its text (the drawn text differs from the control's) and that has no tooltip telling the
 * whole of it.
 */
final class Truncation {
    private Truncation() {}

    /** A description of each cut text under {@code root} that a learner could not read in full. */
    static List<String> cut(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof javafx.scene.control.TitledPane) && shown(labeled)) {
            String text = labeled.isMnemonicParsing() && labeled.getText() != null
                    ? labeled.getText().replaceFirst("_", "")
                    : labeled.getText();
            Node drawn = labeled.lookup(".text");
            if (text != null
                    && !text.isBlank()
                    && drawn instanceof Text t
                    && !t.getText().equals(text)
                    && !t.getText().replace("\n", " ").equals(text.replace("\n", " "))
                    && !wholeInTooltip(labeled.getTooltip(), text)) {
                found.add(labeled.getClass().getSimpleName() + " '" + text + "' shown as '" + t.getText() + "' ("
                        + Math.round(labeled.getWidth()) + " px wide)");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static boolean shown(Labeled labeled) {
        if (labeled.getScene() == null || labeled.getWidth() <= 0) {
            return false;
        }
        Bounds onScreen = labeled.localToScene(labeled.getBoundsInLocal());
        return onScreen.getMaxX() > 0
                && onScreen.getMaxY() > 0
                && onScreen.getMinX() < labeled.getScene().getWidth()
                && onScreen.getMinY() < labeled.getScene().getHeight();
    }

    private static boolean wholeInTooltip(Tooltip tooltip, String text) {
        return tooltip != null && tooltip.getText() != null && tooltip.getText().contains(text);
    }
}

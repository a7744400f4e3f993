package deferredsim.gui.editor;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One pair of the chain in the editor: its number, the callback and errback fields (red, with the
 * parser's message below, as soon as a text stops parsing), and buttons to move it up or down or
 * remove it.
 */
final class PairCell extends ListCell<PairDraft> {
    /** Marks a field whose text does not parse. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final EditorViewModel editor;
    private final EditorController owner;
    private final Label number = new Label();
    private final TextField callback = new TextField();
    private final TextField errback = new TextField();
    private final Label problem = new Label();
    private final VBox box;
    private final Unbinder bound = new Unbinder();

    PairCell(EditorViewModel editor, EditorController owner) {
        this.editor = editor;
        this.owner = owner;
        getStyleClass().add("pair-cell");
        number.getStyleClass().add("pair-number");
        number.setMinWidth(22);
        callback.getStyleClass().add("callback-field");
        errback.getStyleClass().add("errback-field");
        callback.setPromptText("callback");
        errback.setPromptText("errback");
        callback.setTooltip(
                new Tooltip("callback: return V · fail V · passthru · defer NAME (prefixes work: r, f, p, d)"));
        errback.setTooltip(
                new Tooltip("errback: return V · fail V · passthru · defer NAME (prefixes work: r, f, p, d)"));
        HBox.setHgrow(callback, Priority.ALWAYS);
        HBox.setHgrow(errback, Priority.ALWAYS);
        callback.setPrefColumnCount(7);
        errback.setPrefColumnCount(7);
        callback.setMinWidth(64);
        errback.setMinWidth(64);
        Button up = small("↑", "Move this pair up", () -> editor.movePair(owner.selected(), getItem(), -1));
        Button down = small("↓", "Move this pair down", () -> editor.movePair(owner.selected(), getItem(), 1));
        Button remove = small("✕", "Remove this pair", () -> editor.removePair(owner.selected(), getItem()));
        HBox row = new HBox(4, number, callback, errback, up, down, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        problem.getStyleClass().add("problem");
        problem.setMaxWidth(Double.MAX_VALUE);
        // A long problem wraps under the row rather than widening the cell (and pushing the fields out of view).
        problem.setWrapText(true);
        problem.setPrefWidth(60);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box = new VBox(1, row, problem);
        setText(null);
    }

    private Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> {
            if (getItem() != null && owner.selected() != null) {
                action.run();
            }
        });
        return b;
    }

    @Override
    protected void updateItem(PairDraft item, boolean empty) {
        super.updateItem(item, empty);
        bound.release();
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        number.setText(String.valueOf(getIndex()));
        bound.both(callback.textProperty(), item.callbackProperty());
        bound.both(errback.textProperty(), item.errbackProperty());
        bound.listen(item.callbackProblemProperty(), (obs, old, now) -> show());
        bound.listen(item.errbackProblemProperty(), (obs, old, now) -> show());
        setGraphic(box);
    }

    private void show() {
        PairDraft item = getItem();
        if (item == null) {
            return;
        }
        String cb = item.callbackProblemProperty().get();
        String eb = item.errbackProblemProperty().get();
        callback.pseudoClassStateChanged(INVALID, !cb.isEmpty());
        errback.pseudoClassStateChanged(INVALID, !eb.isEmpty());
        problem.setText(!cb.isEmpty() ? "callback: " + cb : !eb.isEmpty() ? "errback: " + eb : "");
    }
}

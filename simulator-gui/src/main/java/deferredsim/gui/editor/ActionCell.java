package deferredsim.gui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One timed action in the editor: time, verb, deferred, and the fields its verb needs; its problem below. */
final class ActionCell extends ListCell<ActionDraft> {
    private final TextField at = field("t", 3, "Time in seconds on the virtual clock");
    private final ComboBox<ActionVerb> verb = new ComboBox<>();
    private final TextField deferred = field("deferred", 5, "A top-level deferred's name");
    private final ComboBox<FireChoice> method = new ComboBox<>();
    private final TextField value = field("value", 5, "The value to fire with");
    private final TextField pairCallback = field("callback", 6, "The added pair's callback");
    private final TextField pairErrback = field("errback", 6, "The added pair's errback");
    private final Label problem = new Label();
    private final VBox box;
    private final Unbinder bound = new Unbinder();

    ActionCell(EditorViewModel editor) {
        getStyleClass().add("action-cell");
        verb.getItems().setAll(ActionVerb.values());
        method.getItems().setAll(FireChoice.CALLBACK, FireChoice.ERRBACK);
        Button remove = new Button("✕");
        remove.getStyleClass().add("small-button");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setTooltip(new Tooltip("Remove this action"));
        remove.setOnAction(e -> {
            if (getItem() != null) {
                editor.removeAction(getItem());
            }
        });
        HBox row = new HBox(4, new Label("at"), at, verb, deferred, method, value, pairCallback, pairErrback, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        problem.getStyleClass().add("problem");
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setWrapText(true);
        problem.setPrefWidth(60);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box = new VBox(1, row, problem);
        setText(null);
    }

    private static TextField field(String prompt, int columns, String tip) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.setMinWidth(28);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    @Override
    protected void updateItem(ActionDraft item, boolean empty) {
        super.updateItem(item, empty);
        bound.release();
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        bound.both(at.textProperty(), item.atProperty());
        bound.both(verb.valueProperty(), item.verbProperty());
        bound.both(deferred.textProperty(), item.deferredProperty());
        bound.both(method.valueProperty(), item.methodProperty());
        bound.both(value.textProperty(), item.valueProperty());
        bound.both(pairCallback.textProperty(), item.pairCallbackProperty());
        bound.both(pairErrback.textProperty(), item.pairErrbackProperty());
        bound.listen(item.verbProperty(), (obs, old, now) -> {
            boolean fire = now == ActionVerb.FIRE;
            boolean add = now == ActionVerb.ADD;
            for (javafx.scene.Node n : new javafx.scene.Node[] {method, value}) {
                n.setVisible(fire);
                n.setManaged(fire);
            }
            for (javafx.scene.Node n : new javafx.scene.Node[] {pairCallback, pairErrback}) {
                n.setVisible(add);
                n.setManaged(add);
            }
        });
        bound.listen(item.problemProperty(), (obs, old, now) -> problem.setText(now));
        setGraphic(box);
    }
}

package deferredsim.gui.reactor;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link ReactorRunViewModel}: a title, then one line per event that has happened (time,
 * process, what happened), the newest marked {@code :current} and kept in view. Built in code; it
 * binds to the model and keeps no state of its own.
 */
public final class ReactorRunView extends VBox {
    /** Style classes. */
    public static final String STYLE = "reactor-run";

    public static final String ROW = "reactor-row";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ReactorRunViewModel model;
    private final Label title = new Label();
    private final Label empty = new Label("Nothing has happened yet: press Space to play, or → to step.");
    private final ListView<ReactorRunViewModel.Row> list = new ListView<>();

    /** A view of {@code model}. */
    public ReactorRunView(ReactorRunViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add(STYLE);
        setId("reactorRun");
        title.getStyleClass().add("lanes-title");
        title.setMaxWidth(Double.MAX_VALUE);
        empty.getStyleClass().add("muted");
        list.setId("reactorRows");
        list.setPlaceholder(empty);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private void init() {
        title.textProperty().bind(model.titleProperty());
        model.rowsProperty().addListener((obs, old, now) -> refresh());
        model.positionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        list.getItems().setAll(model.shown());
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    /** The rows on show (tests read them). */
    public ListView<ReactorRunViewModel.Row> rows() {
        return list;
    }

    private final class RowCell extends ListCell<ReactorRunViewModel.Row> {
        private final Label who = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(10, who, text);

        RowCell() {
            getStyleClass().add(ROW);
            who.getStyleClass().add("reactor-who");
            text.getStyleClass().add("reactor-text");
            who.setMinWidth(130);
            who.setPrefWidth(130);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setWrapText(true);
            text.setMinWidth(0);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(40));
            box.maxWidthProperty().bind(box.prefWidthProperty());
        }

        @Override
        protected void updateItem(ReactorRunViewModel.Row row, boolean emptyCell) {
            super.updateItem(row, emptyCell);
            if (emptyCell || row == null) {
                setGraphic(null);
                pseudoClassStateChanged(CURRENT, false);
                return;
            }
            who.setText(row.who());
            text.setText(row.text());
            setGraphic(box);
            pseudoClassStateChanged(
                    CURRENT, row.index() == model.positionProperty().get() - 1);
        }
    }
}

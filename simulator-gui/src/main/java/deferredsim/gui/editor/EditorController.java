package deferredsim.gui.editor;

import deferredsim.gui.fxml.Fxml;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The chain editor's view ({@code editor.fxml}). The fields bind both ways to the selected
 * deferred's draft (and let go when another is selected); the chain and the actions are
 * virtualized lists whose cells bind to their drafts, so a chain of 100,000 pairs edits as fast as
 * a short one. Buttons call the editor model's intents; problems show where they are.
 */
public final class EditorController {
    private final EditorViewModel editor;
    private final Unbinder bound = new Unbinder();

    @FXML
    private ListView<DeferredDraft> deferredList;

    @FXML
    private VBox detail;

    @FXML
    private TextField nameField;

    @FXML
    private ComboBox<DeferredKindChoice> kindChoice;

    @FXML
    private VBox plainBox;

    @FXML
    private ComboBox<FireChoice> fireChoice;

    @FXML
    private TextField fireValueField;

    @FXML
    private TextField fireAfterField;

    @FXML
    private TextField cancellerField;

    @FXML
    private VBox listBox;

    @FXML
    private TextField membersField;

    @FXML
    private CheckBox gatherCheck;

    @FXML
    private CheckBox fireOnOneCallbackCheck;

    @FXML
    private CheckBox fireOnOneErrbackCheck;

    @FXML
    private CheckBox consumeErrorsCheck;

    @FXML
    private VBox inlineBox;

    @FXML
    private TextArea stepsArea;

    @FXML
    private ListView<PairDraft> pairList;

    @FXML
    private Label deferredProblemLabel;

    @FXML
    private ListView<ActionDraft> actionList;

    @FXML
    private Label problemsLabel;

    @FXML
    private Button removeDeferredButton;

    @FXML
    private Button addPairButton;

    private EditorController(EditorViewModel editor) {
        this.editor = editor;
    }

    /** Loads the editor for {@code editor}; the controller is the root's user data. */
    public static Parent load(EditorViewModel editor) {
        return Fxml.load("editor.fxml", new EditorController(editor));
    }

    @FXML
    private void initialize() {
        kindChoice.getItems().setAll(DeferredKindChoice.values());
        fireChoice.getItems().setAll(FireChoice.values());
        deferredList.setItems(editor.getDeferreds());
        deferredList.setCellFactory(list -> new DeferredNameCell());
        deferredList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        // After the list is replaced (a file opened), select the first deferred once the list view has caught up.
        editor.getDeferreds().addListener((ListChangeListener<DeferredDraft>) change -> Platform.runLater(() -> {
            if (deferredList.getSelectionModel().getSelectedItem() == null
                    && !editor.getDeferreds().isEmpty()) {
                deferredList.getSelectionModel().select(0);
            }
        }));
        pairList.setCellFactory(list -> new PairCell(editor, this));
        pairList.setFixedCellSize(50);
        actionList.setItems(editor.getActions());
        actionList.setCellFactory(list -> new ActionCell(editor));
        actionList.setFixedCellSize(56);
        problemsLabel.textProperty().bind(editor.summaryProperty());
        removeDeferredButton
                .disableProperty()
                .bind(deferredList.getSelectionModel().selectedItemProperty().isNull());
        detail.disableProperty()
                .bind(deferredList.getSelectionModel().selectedItemProperty().isNull());
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {kindChoice, fireChoice}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Node node : detail.lookupAll(".label")) {
            if (node instanceof Label && !((Label) node).isWrapText()) {
                ((Label) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        if (!editor.getDeferreds().isEmpty()) {
            deferredList.getSelectionModel().select(0);
        } else {
            show(null);
        }
    }

    private void show(DeferredDraft d) {
        bound.release();
        if (d == null) {
            pairList.setItems(null);
            return;
        }
        bound.both(nameField.textProperty(), d.nameProperty());
        bound.both(kindChoice.valueProperty(), d.kindProperty());
        bound.both(fireChoice.valueProperty(), d.fireProperty());
        bound.both(fireValueField.textProperty(), d.fireValueProperty());
        bound.both(fireAfterField.textProperty(), d.fireAfterProperty());
        bound.both(cancellerField.textProperty(), d.cancellerProperty());
        bound.both(membersField.textProperty(), d.membersProperty());
        bound.both(gatherCheck.selectedProperty(), d.gatherProperty());
        bound.both(fireOnOneCallbackCheck.selectedProperty(), d.fireOnOneCallbackProperty());
        bound.both(fireOnOneErrbackCheck.selectedProperty(), d.fireOnOneErrbackProperty());
        bound.both(consumeErrorsCheck.selectedProperty(), d.consumeErrorsProperty());
        bound.both(stepsArea.textProperty(), d.stepsProperty());
        bound.one(deferredProblemLabel.textProperty(), d.problemProperty());
        bound.one(fireValueField.disableProperty(), Bindings.equal(d.fireProperty(), FireChoice.NONE));
        bound.one(fireAfterField.disableProperty(), Bindings.equal(d.fireProperty(), FireChoice.NONE));
        bound.listen(d.problemPathProperty(), (obs, old, now) -> markInvalid(now));
        bound.listen(d.kindProperty(), (obs, old, now) -> {
            showIf(plainBox, now == DeferredKindChoice.PLAIN);
            showIf(listBox, now == DeferredKindChoice.LIST);
            showIf(inlineBox, now == DeferredKindChoice.INLINE);
        });
        pairList.setItems(d.getPairs());
    }

    /** Marks the field a deferred-level problem is about (its path relative to the deferred). */
    private void markInvalid(String path) {
        String p = path == null ? "" : path;
        nameField.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".name"));
        fireAfterField.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".fire.after"));
        fireValueField.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".fire.value"));
        cancellerField.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".canceller"));
        membersField.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".list"));
        stepsArea.pseudoClassStateChanged(PairCell.INVALID, p.startsWith(".inline"));
    }

    private static void showIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /**
     * Scales the chain's and the actions' row heights with the window's text size ({@code 1} at
     * 13 px text), so the fields stay whole when the text grows for a projector.
     */
    public void scaleRows(double factor) {
        pairList.setFixedCellSize(Math.round(50 * factor));
        actionList.setFixedCellSize(Math.round(56 * factor));
    }

    /** The deferred whose chain is shown, or null. */
    DeferredDraft selected() {
        return deferredList.getSelectionModel().getSelectedItem();
    }

    /** Selects {@code d} (e.g. after it was added). */
    public void select(DeferredDraft d) {
        deferredList.getSelectionModel().select(d);
    }

    @FXML
    public void addDeferred() {
        select(editor.addDeferred());
        nameField.requestFocus();
        nameField.selectAll();
    }

    @FXML
    private void removeDeferred() {
        DeferredDraft d = selected();
        if (d != null) {
            editor.removeDeferred(d);
        }
    }

    @FXML
    public void addPair() {
        DeferredDraft d = selected();
        if (d != null) {
            editor.addPair(d);
            pairList.scrollTo(d.getPairs().size() - 1);
        }
    }

    @FXML
    private void addAction() {
        editor.addAction();
        actionList.scrollTo(editor.getActions().size() - 1);
    }

    /** The deferreds list shows each name, marked when the check points at it. */
    private static final class DeferredNameCell extends ListCell<DeferredDraft> {
        private final Unbinder bound = new Unbinder();

        @Override
        protected void updateItem(DeferredDraft item, boolean empty) {
            super.updateItem(item, empty);
            bound.release();
            if (empty || item == null) {
                setText(null);
                return;
            }
            bound.listen(item.nameProperty(), (obs, old, now) -> label(item));
            bound.listen(item.problemProperty(), (obs, old, now) -> label(item));
            bound.listen(item.kindProperty(), (obs, old, now) -> label(item));
        }

        private void label(DeferredDraft item) {
            String name = item.getName().isBlank() ? "(no name)" : item.getName();
            setText(name + "   " + item.getKind()
                    + (item.problemProperty().get().isEmpty() ? "" : "   ⚠"));
            pseudoClassStateChanged(
                    PairCell.INVALID, !item.problemProperty().get().isEmpty());
        }
    }
}

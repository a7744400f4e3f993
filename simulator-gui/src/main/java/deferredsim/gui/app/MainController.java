package deferredsim.gui.app;

import deferredsim.gui.editor.EditorController;
import deferredsim.gui.fxml.Fxml;
import deferredsim.gui.lanes.LanesView;
import deferredsim.gui.playback.PlaybackDriver;
import deferredsim.gui.playback.TransportController;
import deferredsim.gui.reactor.ReactorRunView;
import deferredsim.gui.theme.Theme;
import deferredsim.gui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window ({@code main.fxml}): places the editor, the lanes (and the compared firing), the
 * transport bar and the timeline; binds the title, status line, theme and zoom to the model; wires
 * menus and shortcuts. Holds no state of its own beyond the views.
 */
public final class MainController {
    private static final PseudoClass LARGE = PseudoClass.getPseudoClass("zoom-large");
    private static final PseudoClass HUGE = PseudoClass.getPseudoClass("zoom-huge");

    /** From this many pairs on, checks wait for a pause in typing. */
    static final int LARGE_SCENARIO = 2_000;

    private final MainViewModel model;
    private final Stage stage;
    private final FileActions files;
    private final PlaybackDriver driver;
    private LanesView lanes;
    private LanesView compareLanes;
    private TimelineView timeline;
    private EditorController editor;

    @FXML
    private BorderPane root;

    @FXML
    private StackPane editorHolder;

    @FXML
    private SplitPane lanesSplit;

    @FXML
    private VBox timelineBox;

    @FXML
    private StackPane transportHolder;

    @FXML
    private Label descriptionLabel;

    @FXML
    private Label staleLabel;

    @FXML
    private Label messageLabel;

    @FXML
    private Label zoomLabel;

    @FXML
    private Label summaryLabel;

    @FXML
    private Menu recentMenu;

    @FXML
    private MenuItem newItem;

    @FXML
    private MenuItem openItem;

    @FXML
    private MenuItem saveItem;

    @FXML
    private MenuItem saveAsItem;

    @FXML
    private MenuItem exportItem;

    @FXML
    private MenuItem copyTraceItem;

    @FXML
    private MenuItem quitItem;

    @FXML
    private MenuItem zoomInItem;

    @FXML
    private MenuItem zoomOutItem;

    @FXML
    private MenuItem zoomResetItem;

    @FXML
    private MenuItem shortcutsItem;

    @FXML
    private CheckMenuItem darkItem;

    @FXML
    private CheckMenuItem compareItem;

    @FXML
    private CheckMenuItem lessonsItem;

    @FXML
    private SplitPane mainSplit;

    private VBox lanesBox;
    private ReactorRunView reactorView;
    private LessonsPanel lessonsPanel;

    private MainController(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.files = new FileActions(model, stage, text -> messageLabel.setText(text));
        this.driver = new PlaybackDriver(model.playback());
    }

    /** Loads the window for {@code model} in {@code stage}. */
    public static MainController create(MainViewModel model, Stage stage) {
        MainController controller = new MainController(model, stage);
        Fxml.load("main.fxml", controller);
        return controller;
    }

    @FXML
    private void initialize() {
        Parent editorView = EditorController.load(model.editor());
        editor = (EditorController) editorView.getUserData();
        editorHolder.getChildren().add(editorView);
        lanes = new LanesView(model.lanes());
        compareLanes = new LanesView(model.compareLanes());
        compareLanes.setId("compareLanes");
        lanesBox = titled(lanes, model.mainTitleProperty(), "lanesTitle");
        lanesSplit.getItems().add(lanesBox);
        reactorView = new ReactorRunView(model.reactor());
        model.showingReactorProperty()
                .addListener((obs, old, now) -> lanesSplit.getItems().set(0, now ? reactorView : lanesBox));
        lessonsPanel = new LessonsPanel(model, files, text -> messageLabel.setText(text));
        lessonsItem.selectedProperty().addListener((obs, old, now) -> showLessons(now));
        timeline = new TimelineView(model.timeline());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getChildren().add(timeline);
        transportHolder.getChildren().add(TransportController.load(model.playback()));
        for (LanesView v : new LanesView[] {lanes, compareLanes}) {
            v.themeProperty().bind(model.themeProperty());
            v.zoomProperty().bind(model.zoomProperty());
        }
        timeline.themeProperty().bind(model.themeProperty());
        timeline.zoomProperty().bind(model.zoomProperty());
        stage.titleProperty().bind(model.document().titleProperty());
        descriptionLabel.textProperty().bind(model.playback().statusTextProperty());
        summaryLabel.textProperty().bind(model.lanes().summaryProperty());
        staleLabel.visibleProperty().bind(model.staleProperty());
        staleLabel.managedProperty().bind(model.staleProperty());
        zoomLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(Locale.ROOT, "zoom %d%%", Math.round(model.getZoom() * 100)),
                        model.zoomProperty()));
        darkItem.selectedProperty()
                .addListener((obs, old, now) -> model.themeProperty().set(now ? Theme.DARK : Theme.LIGHT));
        compareItem.selectedProperty().bindBidirectional(model.compareProperty());
        model.compareProperty().addListener((obs, old, now) -> showCompare(now));
        files.exportNode(root.getCenter());
        checkLargeScenariosLater();
        accelerators();
        files.recent().getFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    /** Small scenarios are checked at every keystroke; very large ones once typing pauses. */
    private void checkLargeScenariosLater() {
        PauseTransition later = new PauseTransition(Duration.millis(350));
        model.editor().setCheckScheduler(check -> {
            if (model.editor().totalPairs() < LARGE_SCENARIO) {
                check.run();
            } else {
                later.setOnFinished(e -> check.run());
                later.playFromStart();
            }
        });
    }

    private VBox titled(LanesView view, javafx.beans.value.ObservableStringValue title, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("lanes-title");
        label.textProperty().bind(title);
        label.visibleProperty().bind(model.compareProperty());
        label.managedProperty().bind(model.compareProperty());
        VBox.setVgrow(view, Priority.ALWAYS);
        return new VBox(label, view);
    }

    private void showCompare(boolean on) {
        if (on && lanesSplit.getItems().size() == 1) {
            lanesSplit.getItems().add(titled(compareLanes, model.compareTitleProperty(), "compareTitle"));
        } else if (!on && lanesSplit.getItems().size() > 1) {
            lanesSplit.getItems().remove(1);
        }
    }

    private void accelerators() {
        newItem.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        saveItem.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveAsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        copyTraceItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        zoomInItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        zoomOutItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomResetItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Digit0"));
        darkItem.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        compareItem.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        lessonsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        shortcutsItem.setAccelerator(KeyCombination.keyCombination("F1"));
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : files.recent().getFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (files.confirmDiscard("open another file")) {
                    files.openFile(file);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Adds the theme's style sheets, zoom text sizes, shortcuts and the close question to {@code scene}. */
    void attach(Scene scene) {
        Runnable styles = () -> scene.getStylesheets()
                .setAll(Theme.baseStyleSheet(), model.themeProperty().get().styleSheet());
        styles.run();
        model.themeProperty().addListener((obs, old, now) -> styles.run());
        Runnable zoom = () -> {
            boolean large = model.getZoom() >= 1.3 && model.getZoom() < 1.8;
            boolean huge = model.getZoom() >= 1.8;
            root.pseudoClassStateChanged(LARGE, large);
            root.pseudoClassStateChanged(HUGE, huge);
            editor.scaleRows(huge ? 22 / 13.0 : large ? 17 / 13.0 : 1);
        };
        zoom.run();
        model.zoomProperty().addListener((obs, old, now) -> zoom.run());
        Shortcuts.install(scene, model.playback());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+D"), editor::addDeferred);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+P"), editor::addPair);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Add"), model::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Subtract"), model::zoomOut);
        stage.setOnCloseRequest(e -> {
            if (!files.quitting()) {
                e.consume();
            }
        });
    }

    /** Shows or hides the lessons panel at the window's right (View › Lessons panel, Ctrl+L). */
    public void showLessons(boolean on) {
        lessonsItem.setSelected(on);
        Parent panel = lessonsPanel.node();
        if (on && !mainSplit.getItems().contains(panel)) {
            mainSplit.getItems().add(panel);
            mainSplit.setDividerPositions(0.26, 0.64);
        } else if (!on) {
            mainSplit.getItems().remove(panel);
            mainSplit.setDividerPositions(0.33);
        }
    }

    /** The lessons panel (created on first use). */
    public LessonsPanel lessons() {
        return lessonsPanel;
    }

    /** The window's root node. */
    public Parent root() {
        return root;
    }

    /** The file actions (tests open and save through them without dialogs). */
    public FileActions files() {
        return files;
    }

    /** The playback driver, whose frame statistics the speed measurement reads. */
    public PlaybackDriver driver() {
        return driver;
    }

    /** The lanes view (tests set its animation duration to zero). */
    public LanesView lanes() {
        return lanes;
    }

    /** The timeline view. */
    public TimelineView timeline() {
        return timeline;
    }

    @FXML
    private void newScenario() {
        files.newScenario();
    }

    @FXML
    private void open() {
        files.open();
    }

    @FXML
    private void save() {
        files.save();
    }

    @FXML
    private void saveAs() {
        files.saveAs();
    }

    @FXML
    private void exportPng() {
        files.exportPng();
    }

    @FXML
    private void copyTrace() {
        files.copyTrace();
    }

    @FXML
    private void quit() {
        if (files.quitting()) {
            stage.close();
        }
    }

    @FXML
    private void zoomIn() {
        model.zoomIn();
    }

    @FXML
    private void zoomOut() {
        model.zoomOut();
    }

    @FXML
    private void zoomReset() {
        model.zoomReset();
    }

    @FXML
    private void showShortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle("Keyboard shortcuts");
        help.setHeaderText("Keyboard shortcuts");
        TextArea table = new TextArea(Shortcuts.TABLE);
        table.setEditable(false);
        table.getStyleClass().add("shortcut-table");
        table.setPrefRowCount(18);
        help.getDialogPane().setContent(table);
        help.showAndWait();
    }
}

package deferredsim.gui.app;

import deferredsim.gui.canvas.SvgFace;
import deferredsim.gui.code.CodeView;
import deferredsim.gui.editor.EditorController;
import deferredsim.gui.export.ViewImages;
import deferredsim.gui.export.ViewSvg;
import deferredsim.gui.fxml.Fxml;
import deferredsim.gui.lanes.LanesView;
import deferredsim.gui.playback.PlaybackDriver;
import deferredsim.gui.playback.TransportController;
import deferredsim.gui.reactor.ReactorView;
import deferredsim.gui.theme.Theme;
import deferredsim.gui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.List;
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
    private MenuItem export2xItem;

    @FXML
    private MenuItem exportGifItem;

    @FXML
    private MenuItem exportSvgItem;

    @FXML
    private MenuItem copyScenarioItem;

    @FXML
    private MenuItem copyShareLineItem;

    @FXML
    private MenuItem pasteScenarioItem;

    @FXML
    private MenuItem copyImageItem;

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
    private CheckMenuItem editorItem;

    @FXML
    private CheckMenuItem codeItem;

    @FXML
    private SplitPane viewSplit;

    @FXML
    private MenuItem timeInItem;

    @FXML
    private MenuItem timeOutItem;

    @FXML
    private MenuItem timeFitItem;

    @FXML
    private javafx.scene.layout.HBox centerBox;

    @FXML
    private VBox editorRail;

    @FXML
    private VBox lessonsRail;

    @FXML
    private SplitPane mainSplit;

    @FXML
    private VBox stageArea;

    private VBox lanesBox;
    private boolean lessonsLast;
    private final PauseTransition saveWindowLater = new PauseTransition(Duration.millis(400));
    private ReactorView reactorView;
    private CodeView codeView;

    /** The narrowest lanes' area, in pixels, that the code pane still goes beside. */
    private static final double CODE_PANE_ROOM = 760;

    private SplitPane reactorSplit;
    private LessonsPanel lessonsPanel;
    private ExportActions exports;
    private ScenarioClipboard clipboard;

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
        installCodePane();
        reactorView = new ReactorView(model.reactor());
        reactorSplit = new SplitPane();
        reactorSplit.setId("reactorSplit");
        model.showingReactorProperty().addListener((obs, old, now) -> showMainArea());
        model.lanes().indexProperty().addListener((obs, old, now) -> showMainArea());
        lessonsPanel = new LessonsPanel(model, files, text -> messageLabel.setText(text));
        lessonsItem.selectedProperty().addListener((obs, old, now) -> {
            lessonsLast = now || lessonsLast;
            fitPanels();
        });
        editorItem.selectedProperty().addListener((obs, old, now) -> {
            lessonsLast = lessonsLast && !now;
            fitPanels();
        });
        centerBox.widthProperty().addListener((obs, old, now) -> fitPanels());
        model.zoomProperty().addListener((obs, old, now) -> fitPanels());
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
        reactorView.themeProperty().bind(model.themeProperty());
        reactorView.zoomProperty().bind(model.zoomProperty());
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
        exports = new ExportActions(
                stage,
                text -> messageLabel.setText(text),
                new ViewImages(
                        root.getCenter(),
                        model.playback(),
                        List.of(lanes.animationDurationProperty(), compareLanes.animationDurationProperty())),
                new ViewSvg(
                        this::drawingsOnShow, () -> model.themeProperty().get().palette(), SvgFace::ofCanvas),
                () -> model.playback().speedProperty().get());
        files.exports(exports);
        clipboard = new ScenarioClipboard(model, files, text -> messageLabel.setText(text));
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

    /**
     * The chain's lanes; or, for a reactor run, its picture, with the lanes of the deferreds the run
     * made beside it (Parts 7 and 8).
     */
    private void showMainArea() {
        if (!model.isShowingReactor()) {
            reactorSplit.getItems().clear();
            lanesSplit.getItems().set(0, lanesBox);
            return;
        }
        boolean deferreds = !model.lanes().getIndex().columns().isEmpty();
        if (deferreds) {
            if (!reactorSplit.getItems().equals(java.util.List.of(reactorView, lanesBox))) {
                lanesSplit.getItems().set(0, new javafx.scene.layout.Pane());
                reactorSplit.getItems().setAll(reactorView, lanesBox);
                reactorSplit.setDividerPositions(0.62);
            }
            lanesSplit.getItems().set(0, reactorSplit);
        } else {
            reactorSplit.getItems().clear();
            lanesSplit.getItems().set(0, reactorView);
        }
    }

    /**
     * The code-drawn views on show, for the SVG export, top to bottom: the reactor picture (for a
     * reactor run), the lanes (unless a reactor run made no deferreds), the other firing's lanes
     * (when comparing), and the timeline.
     */
    private List<ViewSvg.Section> drawingsOnShow() {
        List<ViewSvg.Section> shown = new java.util.ArrayList<>();
        boolean comparing = model.compareProperty().get();
        if (model.isShowingReactor()) {
            shown.add(new ViewSvg.Section(model.reactor().titleProperty().get(), reactorView.wholeDrawing()));
        }
        if (!model.isShowingReactor() || !model.lanes().getIndex().columns().isEmpty()) {
            shown.add(new ViewSvg.Section(comparing ? model.mainTitleProperty().get() : "", lanes.wholeDrawing()));
        }
        if (comparing) {
            shown.add(new ViewSvg.Section(model.compareTitleProperty().get(), compareLanes.wholeDrawing()));
        }
        shown.add(new ViewSvg.Section("", timeline.wholeDrawing()));
        return shown;
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
        export2xItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+E"));
        exportGifItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+G"));
        exportSvgItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+S"));
        copyTraceItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copyScenarioItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+C"));
        copyShareLineItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+L"));
        pasteScenarioItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+V"));
        copyImageItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+I"));
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        zoomInItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        zoomOutItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomResetItem.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        editorItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        timeInItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Equals"));
        timeOutItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Minus"));
        timeFitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+0"));
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
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Numpad0"), model::zoomReset);
        remember(scene);
        files.watchDiskWhileShowing(scene);
        stage.setOnCloseRequest(e -> {
            if (!files.quitting()) {
                e.consume();
            }
        });
    }

    /** Shows or hides the lessons panel at the window's right (View › Lessons panel, Ctrl+L). */
    public void showLessons(boolean on) {
        lessonsItem.setSelected(on);
        lessonsLast = on || lessonsLast;
        fitPanels();
    }

    /**
     * Shows the side panels that fit beside the lanes at their least widths ({@link PanelFit}); a
     * wanted panel that does not fit folds into a rail at the window's edge instead of being
     * crushed.
     */
    private void fitPanels() {
        double scale = model.getZoom() >= 1.8 ? 22 / 13.0 : model.getZoom() >= 1.3 ? 17 / 13.0 : 1;
        double width = centerBox.getWidth() > 0 ? centerBox.getWidth() : stage.getWidth();
        PanelFit fit = PanelFit.of(width, scale, editorItem.isSelected(), lessonsItem.isSelected(), lessonsLast);
        java.util.List<javafx.scene.Node> items = new java.util.ArrayList<>();
        if (fit.editor()) {
            items.add(editorHolder);
        }
        items.add(stageArea);
        if (fit.lessons()) {
            items.add(lessonsPanel.node());
        }
        if (!mainSplit.getItems().equals(items)) {
            mainSplit.getItems().setAll(items);
            double editorShare = Math.max(0.24, PanelFit.EDITOR * scale / Math.max(1, width) + 0.01);
            double lessonsShare = Math.max(0.3, PanelFit.LESSONS * scale / Math.max(1, width) + 0.01);
            if (fit.editor() && fit.lessons()) {
                mainSplit.setDividerPositions(editorShare, 1 - lessonsShare);
            } else if (fit.editor()) {
                mainSplit.setDividerPositions(Math.max(0.3, editorShare));
            } else if (fit.lessons()) {
                mainSplit.setDividerPositions(1 - lessonsShare);
            }
        }
        editorHolder.setMinWidth(PanelFit.EDITOR * scale);
        stageArea.setMinWidth(PanelFit.LANES * scale);
        boolean editorFolded = editorItem.isSelected() && !fit.editor();
        boolean lessonsFolded = lessonsItem.isSelected() && !fit.lessons();
        editorRail.setVisible(editorFolded);
        editorRail.setManaged(editorFolded);
        lessonsRail.setVisible(lessonsFolded);
        lessonsRail.setManaged(lessonsFolded);
    }

    @FXML
    private void openEditor() {
        editorItem.setSelected(true);
        lessonsLast = false;
        fitPanels();
    }

    @FXML
    private void openLessons() {
        showLessons(true);
    }

    /** Theme, zoom and the window's size come back from the last session, and are kept as they change. */
    private void remember(Scene scene) {
        deferredsim.gui.document.Settings settings = files.settings();
        darkItem.setSelected(settings.dark());
        model.setZoom(settings.zoom());
        model.themeProperty().addListener((obs, old, now) -> {
            settings.dark(now == Theme.DARK);
            darkItem.setSelected(now == Theme.DARK);
        });
        model.zoomProperty().addListener((obs, old, now) -> settings.zoom(now.doubleValue()));
        saveWindowLater.setOnFinished(e -> settings.window(scene.getWidth(), scene.getHeight(), stage.isMaximized()));
        for (javafx.beans.value.ObservableValue<?> v : new javafx.beans.value.ObservableValue<?>[] {
            scene.widthProperty(), scene.heightProperty(), stage.maximizedProperty()
        }) {
            v.addListener((obs, old, now) -> saveWindowLater.playFromStart());
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

    /** The picture exports (tests write PNG and GIF files through them without dialogs). */
    public ExportActions exports() {
        return exports;
    }

    /** The scenario clipboard (tests open pasted text through it). */
    ScenarioClipboard clipboard() {
        return clipboard;
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
    private void recordScript() {
        new RecordAction(stage, text -> messageLabel.setText(text), files::openFile)
                .chooseAndRecord(files.lastFolder());
    }

    /**
     * The code pane to the right of the lanes: the run as code (a recorded program's source, or
     * the scenario as Twisted code, or a reactor scenario's program as a Twisted module), the line of
     * the current event highlighted. It stands aside when there is no code (a reactor run without a
     * program), when the lanes' area is narrower than {@link
     * #CODE_PANE_ROOM} (the lessons panel open on a small screen), and when View › Code pane is off.
     */
    private void installCodePane() {
        codeView = new CodeView(model.playback().playheadProperty());
        codeView.listingProperty().bind(model.codeProperty());
        SplitPane codeSplit = new SplitPane();
        codeSplit.setId("codeSplit");
        int at = viewSplit.getItems().indexOf(lanesSplit);
        double[] dividers = viewSplit.getDividerPositions();
        viewSplit.getItems().set(at, codeSplit);
        viewSplit.setDividerPositions(dividers);
        codeSplit.getItems().setAll(lanesSplit, codeView);
        codeSplit.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(codeView, false);
        Runnable fit = () -> {
            boolean wanted = codeItem.isSelected()
                    && model.codeProperty().get() != null
                    && (stageArea.getWidth() <= 0 || stageArea.getWidth() >= CODE_PANE_ROOM);
            if (wanted && !codeSplit.getItems().contains(codeView)) {
                codeSplit.getItems().add(codeView);
                codeSplit.setDividerPositions(0.64);
            } else if (!wanted) {
                codeSplit.getItems().remove(codeView);
            }
        };
        codeItem.selectedProperty().addListener((obs, old, now) -> fit.run());
        model.codeProperty().addListener((obs, old, now) -> fit.run());
        stageArea.widthProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    /** The code pane, for tests. */
    CodeView codeView() {
        return codeView;
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
        exports.exportPng(1);
    }

    @FXML
    private void exportPng2x() {
        exports.exportPng(2);
    }

    @FXML
    private void exportSvg() {
        exports.exportSvg();
    }

    @FXML
    private void exportGif() {
        exports.exportGif();
    }

    @FXML
    private void copyScenario() {
        clipboard.copyJson();
    }

    @FXML
    private void copyShareLine() {
        clipboard.copyShareLine();
    }

    @FXML
    private void pasteScenario() {
        clipboard.paste();
    }

    @FXML
    private void copyImage() {
        exports.copyImage();
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
    private void zoomTimeIn() {
        model.timeline().zoomTimeIn();
    }

    @FXML
    private void zoomTimeOut() {
        model.timeline().zoomTimeOut();
    }

    @FXML
    private void fitTime() {
        model.timeline().fitTime();
    }

    @FXML
    private void showShortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle("Keyboard shortcuts");
        Dialogs.theme(help, root.getScene());
        help.setHeaderText("Keyboard shortcuts");
        TextArea table = new TextArea(Shortcuts.TABLE);
        table.setEditable(false);
        table.getStyleClass().add("shortcut-table");
        table.setPrefRowCount(18);
        help.getDialogPane().setContent(table);
        help.showAndWait();
    }
}

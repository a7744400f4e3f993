package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Focus, shortcuts and what a screen reader is told: the window works from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndFocusTest {
    private MainViewModel model;
    private MainController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow window = TestWindow.open(stage, 1280, 800);
        model = window.model();
        controller = window.controller();
    }

    @Test
    void clickingTheLanes_takesTheFocusSoSpacePlays(FxRobot robot) {
        // If the learner types in a field and then clicks the lanes and presses Space, then the lanes have the focus,
        // playback starts, and the field is unchanged.
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.clickOn(name);
        String before = name.getText();
        robot.clickOn(controller.lanes());
        assertThat(controller.lanes().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.playback().isPlaying()
                        || model.playback().atEndProperty().get())
                .isTrue();
        assertThat(name.getText()).isEqualTo(before);
        robot.interact(() -> model.playback().pause());
        robot.clickOn(controller.timeline());
        assertThat(controller.timeline().isFocused()).isTrue();
    }

    @Test
    void everyMenuShortcut_worksAsLabelled(FxRobot robot) {
        // When the learner zooms in and presses Ctrl+0, then the zoom is back to 100 %; every menu shortcut is labelled
        // with keys one can type (no "Digit0").
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    assertThat(item.getAccelerator().getDisplayText()).doesNotContain("Digit");
                }
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(model.getZoom()).isGreaterThan(1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(model.getZoom()).isEqualTo(1.0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS)
                .release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model.timeline().getTimeScale()).isGreaterThan(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0)
                .release(KeyCode.DIGIT0, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model.timeline().getTimeScale()).isEqualTo(1.0);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(robot.lookup(".lessons-panel").tryQuery()).isPresent();
    }

    @Test
    void noTwoCommands_shareAShortcut(FxRobot robot) {
        // Every menu shortcut is a different key combination (the SVG export's Ctrl+Alt+S among them); the window-wide
        // ones (add a deferred or a pair, the keypad's zoom keys) and the transport's Ctrl keys (for use while typing)
        // are none of them.
        List<KeyCombination> menuKeys = new ArrayList<>();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        bar.getMenus().forEach(menu -> collect(menu, menuKeys));
        List<KeyCombination> others = new ArrayList<>();
        for (String key : new String[] {"D", "P", "Add", "Subtract", "Numpad0"}) {
            others.add(KeyCombination.keyCombination("Shortcut+" + key));
        }
        for (String key : new String[] {"Space", "Right", "Left", "Home", "End", "Close_Bracket", "Open_Bracket"}) {
            others.add(KeyCombination.keyCombination("Shortcut+" + key));
        }

        assertThat(menuKeys).doesNotHaveDuplicates().contains(KeyCombination.keyCombination("Shortcut+Alt+S"));
        assertThat(menuKeys).doesNotContainAnyElementsOf(others);
        assertThat(robot.window(0).getScene().getAccelerators())
                .containsKeys(others.subList(0, 5).toArray(KeyCombination[]::new));
        assertThat(Shortcuts.TABLE).contains("Ctrl+Alt+S");
    }

    private static void collect(MenuItem item, List<KeyCombination> keys) {
        if (item.getAccelerator() != null) {
            keys.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, keys));
        }
    }

    @Test
    void keyboardOnly_stepsAndTellsTheScreenReader(FxRobot robot) {
        // When the learner moves the focus with Tab until the lanes have it and presses Right twice, then two events
        // have happened, and the lanes and the timeline tell a screen reader the second event's sentence.
        for (int i = 0; i < 60 && !controller.lanes().isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(controller.lanes().isFocused()).isTrue();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().getPosition()).isEqualTo(2);
        String sentence = model.playback().getReading().sentence(1);
        assertThat(controller.lanes().getAccessibleText()).contains(sentence).contains("d: ");
        assertThat(controller.timeline().getAccessibleText()).contains(sentence);
        for (String id : new String[] {"#playButton", "#forwardButton", "#backButton", "#firstButton", "#lastButton"}) {
            Node button = robot.lookup(id).query();
            assertThat(button.getAccessibleText()).as(id).isNotBlank();
        }
    }
}

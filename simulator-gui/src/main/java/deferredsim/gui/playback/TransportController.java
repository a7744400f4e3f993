package deferredsim.gui.playback;

import deferredsim.gui.fxml.Fxml;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;

/**
 * The transport bar ({@code transport.fxml}): buttons call the playback model's intents; labels,
 * the scrubber and the disabled states bind to its read-only properties. The scrubber seeks when
 * the learner moves it and follows the position otherwise.
 */
public final class TransportController {
    private final PlaybackViewModel model;

    @FXML
    private Button firstButton;

    @FXML
    private Button backButton;

    @FXML
    private Button playButton;

    @FXML
    private Button forwardButton;

    @FXML
    private Button lastButton;

    @FXML
    private Slider scrubber;

    @FXML
    private Slider speedSlider;

    @FXML
    private Label positionLabel;

    @FXML
    private Label speedLabel;

    private boolean following;

    private TransportController(PlaybackViewModel model) {
        this.model = model;
    }

    /** Loads the bar for {@code model}. */
    public static Parent load(PlaybackViewModel model) {
        return Fxml.load("transport.fxml", new TransportController(model));
    }

    @FXML
    private void initialize() {
        firstButton.disableProperty().bind(model.atStartProperty());
        backButton.disableProperty().bind(model.atStartProperty());
        forwardButton.disableProperty().bind(model.atEndProperty());
        lastButton.disableProperty().bind(model.atEndProperty());
        playButton.disableProperty().bind(model.sizeProperty().isEqualTo(0));
        playButton
                .textProperty()
                .bind(Bindings.when(model.playingProperty()).then("❚❚").otherwise("▶"));
        positionLabel.textProperty().bind(model.positionTextProperty());
        scrubber.maxProperty().bind(model.sizeProperty());
        scrubber.setMajorTickUnit(1);
        scrubber.setValue(model.getPosition());
        model.positionProperty().addListener((obs, old, now) -> {
            following = true;
            scrubber.setValue(now.intValue());
            following = false;
        });
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!following) {
                model.seek((int) Math.round(now.doubleValue()));
            }
        });
        speedSlider.setValue(Math.log(model.speedProperty().get()) / Math.log(2));
        speedSlider
                .valueProperty()
                .addListener((obs, old, now) -> model.speedProperty().set(Math.pow(2, now.doubleValue())));
        speedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT, "%.2g/s", model.speedProperty().get()),
                        model.speedProperty()));
        model.speedProperty().addListener((obs, old, now) -> {
            double log = Math.log(now.doubleValue()) / Math.log(2);
            if (Math.abs(speedSlider.getValue() - log) > 1e-9) {
                speedSlider.setValue(log);
            }
        });
    }

    @FXML
    private void first() {
        model.first();
    }

    @FXML
    private void stepBack() {
        model.stepBack();
    }

    @FXML
    private void togglePlay() {
        model.togglePlay();
    }

    @FXML
    private void stepForward() {
        model.stepForward();
    }

    @FXML
    private void last() {
        model.last();
    }
}

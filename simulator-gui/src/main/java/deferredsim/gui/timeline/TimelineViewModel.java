package deferredsim.gui.timeline;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.gui.playback.PlaybackViewModel;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The timeline's model: the track layout of the playback's run, the playhead, the time scale
 * (1 fits the whole run into the view; larger zooms the axis in) and the words a screen reader
 * says for it; {@link #seekTo(int)} is the click intent, {@link #zoomTimeIn()}, {@link
 * #zoomTimeOut()} and {@link #fitTime()} change the scale. It follows the playback model and never
 * copies its state.
 */
public final class TimelineViewModel {
    /** The least and most time scale. */
    public static final double MIN_TIME_SCALE = 0.25;

    public static final double MAX_TIME_SCALE = 64;

    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyDoubleWrapper timeScale = new ReadOnlyDoubleWrapper(this, "timeScale", 1);
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");

    /** Follows {@code playback}: a new run gets a new layout. */
    public TimelineViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        layout.set(TimelineLayout.of(playback.getReading()));
        playback.readingProperty().addListener((obs, old, now) -> layout.set(TimelineLayout.of(now)));
        playback.playheadProperty().addListener((obs, old, now) -> describe());
        describe();
    }

    private void describe() {
        Playhead at = playback.getPlayhead();
        accessibleText.set(
                "Timeline, event " + at.position() + " of " + playback.getSize() + ". " + playback.getStatusText());
    }

    /** Seeks so that event {@code index} is the last one that happened. */
    public void seekTo(int index) {
        if (index >= 0) {
            playback.seek(index + 1);
        }
    }

    /** Zooms the time axis in by a step. */
    public void zoomTimeIn() {
        setTimeScale(timeScale.get() * 1.5);
    }

    /** Zooms the time axis out by a step. */
    public void zoomTimeOut() {
        setTimeScale(timeScale.get() / 1.5);
    }

    /** Fits the whole run into the view again. */
    public void fitTime() {
        setTimeScale(1);
    }

    private void setTimeScale(double value) {
        timeScale.set(Math.max(MIN_TIME_SCALE, Math.min(MAX_TIME_SCALE, value)));
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public TimelineLayout getLayout() {
        return layout.get();
    }

    /** How far the time axis is zoomed: 1 fits the run into the view. */
    public ReadOnlyDoubleProperty timeScaleProperty() {
        return timeScale.getReadOnlyProperty();
    }

    public double getTimeScale() {
        return timeScale.get();
    }

    /** The playhead. */
    public ReadOnlyObjectProperty<Playhead> playheadProperty() {
        return playback.playheadProperty();
    }

    /** The reading of the run on show. */
    public Reading getReading() {
        return playback.getReading();
    }

    /** What a screen reader says for the timeline: where the playhead is and the current event's sentence. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }
}

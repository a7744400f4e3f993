package deferredsim.gui.timeline;

import deferredsim.core.reading.Reading;
import deferredsim.gui.playback.PlaybackViewModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline's model: the layout of the playback's current recording and the playback position,
 * read-only; {@link #seekNear(double)} is the click intent. It follows the playback model and
 * never copies its state.
 */
public final class TimelineViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    /** Follows {@code playback}: a new recording gets a new layout. */
    public TimelineViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        layout.set(TimelineLayout.of(playback.getReading()));
        playback.readingProperty().addListener((obs, old, now) -> layout.set(TimelineLayout.of(now)));
    }

    /** Seeks so that the event nearest to {@code unitX} (axis units) is the last one shown. */
    public void seekNear(double unitX) {
        int nearest = layout.get().nearest(unitX);
        if (nearest >= 0) {
            playback.seek(nearest + 1);
        }
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public TimelineLayout getLayout() {
        return layout.get();
    }

    /** The playback position (events shown). */
    public ReadOnlyIntegerProperty positionProperty() {
        return playback.positionProperty();
    }

    /** The reading of the run on show. */
    public Reading getReading() {
        return playback.getReading();
    }
}

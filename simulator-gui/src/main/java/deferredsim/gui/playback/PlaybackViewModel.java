package deferredsim.gui.playback;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.time.Time;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Where playback stands in a recording's {@link Reading}, and the intents that move it.
 *
 * <p>The position is a {@link Playhead}, the one convention of every view: {@link
 * #playheadProperty()} counts the events that have happened, 0 before the first, {@code size} after
 * the last ({@link #positionProperty()} is the same count as a number, for sliders). {@link
 * #statusTextProperty()} is the reading's sentence for the last event that happened, word for word
 * what the terminal prints for it. Every property is read-only; only the intents ({@link #play}, {@link #pause},
 * {@link #stepForward}, {@link #stepBack}, {@link #first}, {@link #last}, {@link #seek}, {@link
 * #tick}) change them, and they clamp instead of throwing. {@link #speedProperty()} (events per
 * second while playing) is the one setting views may write.
 *
 * <p>No toolkit is needed: {@link #tick(double)} is called by {@link PlaybackDriver} on the FX
 * thread in the window, and directly by tests.
 */
public final class PlaybackViewModel {
    /** Events per second when playback starts. */
    public static final double DEFAULT_SPEED = 3;
    /** The slowest and fastest speeds the intents allow. */
    public static final double MIN_SPEED = 0.25;

    public static final double MAX_SPEED = 64;

    private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyObjectWrapper<Playhead> playhead =
            new ReadOnlyObjectWrapper<>(this, "playhead", Playhead.START);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper atStart = new ReadOnlyBooleanWrapper(this, "atStart", true);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd", true);
    private final ReadOnlyObjectWrapper<Time> currentTime = new ReadOnlyObjectWrapper<>(this, "currentTime", Time.ZERO);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private double carried;

    /** A model with an empty recording at position 0. */
    public PlaybackViewModel() {
        load(Reading.of(Recording.of(List.of())));
    }

    /**
     * Shows {@code next}, keeping the position when it still fits (so editing a scenario keeps the
     * learner's place) and stopping play when the new recording is shorter than that.
     */
    public void load(Reading next) {
        reading.set(next);
        size.set(next.size());
        moveTo(Math.min(position.get(), next.size()));
        if (atEnd.get()) {
            playing.set(false);
        }
    }

    /** Starts playing from here; from the end, starts over from the first event. */
    public void play() {
        if (size.get() == 0) {
            return;
        }
        if (atEnd.get()) {
            moveTo(0);
        }
        carried = 0;
        playing.set(true);
    }

    /** Stops playing where it is. */
    public void pause() {
        playing.set(false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows one more event (and pauses). */
    public void stepForward() {
        pause();
        moveTo(position.get() + 1);
    }

    /** Shows one event fewer (and pauses). */
    public void stepBack() {
        pause();
        moveTo(position.get() - 1);
    }

    /** Back to before the first event (and pauses). */
    public void first() {
        pause();
        moveTo(0);
    }

    /** On to after the last event (and pauses). */
    public void last() {
        pause();
        moveTo(size.get());
    }

    /** Moves to {@code target} events shown, clamped to {@code [0, size]}; playing goes on playing. */
    public void seek(int target) {
        moveTo(target);
        if (atEnd.get()) {
            playing.set(false);
        }
    }

    /** Plays faster by a factor of the square root of two, up to {@link #MAX_SPEED}. */
    public void faster() {
        speed.set(Math.min(MAX_SPEED, speed.get() * Math.sqrt(2)));
    }

    /** Plays slower by a factor of the square root of two, down to {@link #MIN_SPEED}. */
    public void slower() {
        speed.set(Math.max(MIN_SPEED, speed.get() / Math.sqrt(2)));
    }

    /**
     * Lets {@code seconds} of wall time pass: while playing, advances by {@code seconds * speed}
     * events (fractions carry over to the next tick), and stops at the end.
     */
    public void tick(double seconds) {
        if (!playing.get() || seconds <= 0) {
            return;
        }
        carried += seconds * Math.max(0.05, speed.get());
        int whole = (int) Math.floor(carried);
        if (whole > 0) {
            carried -= whole;
            moveTo(position.get() + whole);
        }
        if (atEnd.get()) {
            playing.set(false);
        }
    }

    private void moveTo(int target) {
        int clamped = Math.max(0, Math.min(size.get(), target));
        Reading now = reading.get();
        Playhead at = new Playhead(clamped);
        // The texts first: views that follow the playhead read them when it changes.
        currentTime.set(now.time(at));
        statusText.set(at.atStart() ? now.startSentence() : now.sentence(at.lastEvent()));
        positionText.set(clamped + " / " + size.get() + "   t=" + currentTime.get());
        atStart.set(clamped == 0);
        atEnd.set(clamped == size.get());
        playhead.set(at);
        position.set(clamped);
    }

    /** The reading of the run on show; a new one replaces the run. */
    public ReadOnlyObjectProperty<Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public Reading getReading() {
        return reading.get();
    }

    /** The recording on show (the reading's). */
    public Recording getRecording() {
        return reading.get().recording();
    }

    /** Where playback stands: how many events have happened. */
    public ReadOnlyObjectProperty<Playhead> playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public Playhead getPlayhead() {
        return playhead.get();
    }

    /** How many events have happened: 0 to {@link #getSize()}. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int getPosition() {
        return position.get();
    }

    /** The number of events in the recording. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public int getSize() {
        return size.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty atStartProperty() {
        return atStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    /** The virtual clock's time at the last event (0 before any). */
    public ReadOnlyObjectProperty<Time> currentTimeProperty() {
        return currentTime.getReadOnlyProperty();
    }

    /**
     * The status line: {@link Reading#sentence(int)} of the last event that happened, or {@link
     * Reading#startSentence()} at the start.
     */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String getStatusText() {
        return statusText.get();
    }

    /** {@code "5 / 17   t=2"}. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** Events per second while playing; at least 0.05. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}

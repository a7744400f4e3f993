package deferredsim.gui.playback;

import javafx.animation.AnimationTimer;

/**
 * Drives a {@link PlaybackViewModel} from animation pulses on the FX thread: each pulse ticks the
 * model by the wall time since the previous one, so play speed does not depend on frame rate. It
 * also feeds every pulse to a {@link FrameStats} so frame times can be measured. Runs only while
 * the model is playing.
 */
public final class PlaybackDriver {
    private final PlaybackViewModel model;
    private final FrameStats frames = new FrameStats(100_000);
    private final AnimationTimer timer = new AnimationTimer() {
        private long previous = -1;

        @Override
        public void handle(long now) {
            frames.pulse(now);
            if (previous >= 0) {
                model.tick((now - previous) / 1e9);
            }
            previous = now;
        }

        @Override
        public void stop() {
            super.stop();
            previous = -1;
            frames.breakSequence();
        }
    };

    /** Starts and stops with {@code model}'s playing property. */
    public PlaybackDriver(PlaybackViewModel model) {
        this.model = model;
        model.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Frame intervals seen while playing. */
    public FrameStats frames() {
        return frames;
    }
}

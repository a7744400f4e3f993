/**
 * Playback over a recording: {@link deferredsim.gui.playback.PlaybackViewModel} holds the position
 * (how many events have happened) and the intents that move it (play, pause, step, seek, first,
 * last); {@link deferredsim.gui.playback.PlaybackDriver} turns animation pulses into {@code
 * tick}s on the FX thread; {@link deferredsim.gui.playback.TransportController} is the transport
 * bar (FXML) that binds to the model.
 *
 * <p>Stepping back is an index change: the recording is immutable and every view answers for any
 * position, so nothing is re-simulated.
 */
package deferredsim.gui.playback;

package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Steps through one recording, event by event, and shows each position as a frame: the scenario
 * diagram as of that position (only what has happened so far; the stage that just ran and the
 * value in flight drawn in {@link Style#ACTIVE} with an {@code =>} marker), the timeline around
 * the event under it, and the event told in one sentence.
 *
 * <p>The position is an event index, from {@code -1} (before anything happened) to {@code size() -
 * 1} (the last event). Moving is constant time and never re-runs the engine: the recording is
 * folded once into facts that each carry the index of the event that made them true, and a frame
 * shows the facts up to the position. A frame depends only on the position and the size asked for,
 * so {@code next()} then {@code back()} gives back the frame from before.
 *
 * <p>A stepper is mutable (it holds the position) and not thread-safe. Get one with {@link
 * #of(Scenario, Recording)}.
 */
public final class Stepper {
    /** Timeline rows in a frame without a height limit. */
    static final int TIMELINE_ROWS = 9;

    private final Scene scene;
    private final Timeline timeline;
    private final Narrator narrator;
    private int position = -1;
    private Drawing drawing;
    private int drawingWidth = -1;

    private Stepper(Scene scene) {
        this.scene = scene;
        this.timeline = Timeline.of(scene);
        this.narrator = new Narrator(scene);
    }

    /**
     * A stepper over {@code recording}, which {@code Simulation.run(scenario)} returned, at
     * position {@code -1}.
     *
     * @throws NullPointerException if either is null
     */
    public static Stepper of(Scenario scenario, Recording recording) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(recording, "recording");
        return new Stepper(Scene.of(scenario, recording));
    }

    /** The current position: the index of the last event shown, or {@code -1} before the first. */
    public int position() {
        return position;
    }

    /** The number of events in the recording. */
    public int size() {
        return scene.recording.size();
    }

    /** Moves one event forward; returns false (and stays) at the last event. */
    public boolean next() {
        if (position + 1 >= size()) {
            return false;
        }
        position++;
        return true;
    }

    /** Moves one event back; returns false (and stays) at {@code -1}. */
    public boolean back() {
        if (position < 0) {
            return false;
        }
        position--;
        return true;
    }

    /** Moves to {@code -1}, before anything happened. */
    public void first() {
        position = -1;
    }

    /** Moves to the last event. */
    public void last() {
        position = size() - 1;
    }

    /**
     * Moves to {@code position}.
     *
     * @throws IndexOutOfBoundsException unless {@code -1 <= position < size()}
     */
    public void seek(int position) {
        if (position < -1 || position >= size()) {
            throw new IndexOutOfBoundsException("position " + position + " is outside -1.." + (size() - 1));
        }
        this.position = position;
    }

    /** The event at the position, or empty at {@code -1}. */
    public Optional<SimEvent> event() {
        return position < 0 ? Optional.empty() : Optional.of(scene.recording.get(position));
    }

    /**
     * The event at the position in one plain-English sentence, starting with its time: {@code t=2:
     * x fires with callback('inner'); d was waiting on x and resumes at stage 1 with 'inner'.}
     */
    public String sentence() {
        return narrator.sentence(position);
    }

    /**
     * The frame at the position for a terminal {@code width} columns wide, without a height limit:
     * the whole diagram as of the position, a few timeline rows around the event, and the
     * sentence. For long runs prefer {@link #frame(int, int)}, which shows only the rows around the
     * event.
     *
     * @throws IllegalArgumentException if {@code width} is less than 1
     */
    public List<StyledLine> frame(int width) {
        return frame(width, Integer.MAX_VALUE);
    }

    /**
     * The frame at the position in at most {@code height} lines and {@code width} columns: a
     * status line, the diagram rows around the active element, the timeline around the event, and
     * the sentence (wrapped to {@code width}). The frame keeps at least three diagram rows and one
     * timeline row, so it is taller than {@code height} only when {@code height} cannot hold those,
     * the status line, two blank lines and the sentence. When the diagram is wider than {@code
     * width}, the columns around the active element are shown and cut edges are marked {@code <}
     * and {@code >}; a value or timeline word longer than {@code width} stays whole.
     *
     * @throws IllegalArgumentException if {@code width} or {@code height} is less than 1
     */
    public List<StyledLine> frame(int width, int height) {
        if (height < 1) {
            throw new IllegalArgumentException("a frame is at least 1 line high, not " + height);
        }
        Drawing picture = drawing(width);
        List<StyledLine> sentence = new ArrayList<>();
        for (String line : Wrap.words(sentence(), Math.max(width, 20))) {
            int colon = line.indexOf(": ");
            boolean timed = sentence.isEmpty() && colon > 0 && (line.startsWith("t=") || line.startsWith("End ("));
            sentence.add(
                    timed
                            ? StyledLine.builder()
                                    .append(line.substring(0, colon + 1), Style.TIME)
                                    .append(line.substring(colon + 1))
                                    .build()
                            : StyledLine.plain(line));
        }
        int timelineRows = TIMELINE_ROWS;
        int diagramRows = picture.height();
        if (height != Integer.MAX_VALUE) {
            int room = height - 3 - sentence.size();
            timelineRows = Math.max(1, Math.min(Math.min(TIMELINE_ROWS, Math.max(3, height / 4)), room - 3));
            diagramRows = Math.max(3, room - timelineRows);
        }
        FrameWindow window = FrameWindow.of(picture, position, width, diagramRows);
        List<StyledLine> lines = new ArrayList<>();
        lines.add(status(window));
        lines.addAll(window.lines());
        lines.add(StyledLine.empty());
        lines.addAll(timeline.render(position, width, timelineRows));
        lines.add(StyledLine.empty());
        lines.addAll(sentence);
        return List.copyOf(lines);
    }

    private StyledLine status(FrameWindow window) {
        String where = position < 0
                ? "start: before the first of " + Phrases.count(size(), "event")
                : "event " + (position + 1) + " of " + size() + "   "
                        + Phrases.time(scene.recording.get(position).time());
        return StyledLine.builder()
                .append(where, Style.HEADER)
                .append(window.columnsNote(), Style.MUTED)
                .build();
    }

    private Drawing drawing(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("a width is at least 1 column, not " + width);
        }
        if (width != drawingWidth) {
            drawing = Layout.draw(scene, width);
            drawingWidth = width;
        }
        return drawing;
    }
}

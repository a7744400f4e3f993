package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.code.CodeListing;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Steps through one recording, event by event, and shows each {@link Playhead} as a frame: the
 * scenario diagram as of that point (only what has happened so far; the stage that just ran and the
 * value in flight drawn in {@link Style#ACTIVE} with an {@code =>} marker), the timeline around the
 * event under it, and the event told in the reading's sentence.
 *
 * <p>The playhead goes from {@link Playhead#START} (before anything happened) to the end (every
 * event happened). Moving is constant time and never re-runs the engine: the recording is read
 * once, and a frame shows what happened up to the playhead. A frame depends only on the playhead
 * and the size asked for, so {@code next()} then {@code back()} gives back the frame from before.
 *
 * <p>A stepper is mutable (it holds the playhead) and not thread-safe. Get one with {@link
 * #of(Scenario, Recording)}.
 */
public final class Stepper {
    /** Timeline rows in a frame without a height limit. */
    static final int TIMELINE_ROWS = 9;

    private final Scene scene;
    private final Timeline timeline;
    private CodeListing code;
    private Playhead playhead = Playhead.START;
    private Drawing drawing;
    private int drawingWidth = -1;

    private Stepper(Scene scene) {
        this.scene = scene;
        this.timeline = Timeline.of(scene);
    }

    /**
     * A stepper over {@code recording}, which {@code Simulation.run(scenario)} returned, at the
     * start.
     *
     * @throws NullPointerException if either is null
     */
    public static Stepper of(Scenario scenario, Recording recording) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(recording, "recording");
        return new Stepper(Scene.of(scenario, recording));
    }

    /**
     * Shows {@code listing}'s line of the event at the playhead in every frame, under the status
     * line: {@code defer-6.py:5  d.errback(Exception('First error'))}. Null shows none.
     *
     * @return this stepper
     */
    public Stepper withCode(CodeListing listing) {
        this.code = listing;
        return this;
    }

    /** The current playhead. */
    public Playhead playhead() {
        return playhead;
    }

    /** The number of events in the recording. */
    public int size() {
        return scene.recording.size();
    }

    /** Moves one event forward; returns false (and stays) at the end. */
    public boolean next() {
        if (playhead.position() >= size()) {
            return false;
        }
        playhead = playhead.next();
        return true;
    }

    /** Moves one event back; returns false (and stays) at the start. */
    public boolean back() {
        if (playhead.atStart()) {
            return false;
        }
        playhead = playhead.previous();
        return true;
    }

    /** Moves to the start, before anything happened. */
    public void first() {
        playhead = Playhead.START;
    }

    /** Moves to the end: every event happened. */
    public void last() {
        playhead = new Playhead(size());
    }

    /** Moves to {@code at}, or to the end when {@code at} lies beyond it. */
    public void seek(Playhead at) {
        playhead = at.position() > size() ? new Playhead(size()) : at;
    }

    /**
     * The event at the playhead in one plain-English sentence, starting with its time: {@code t=2:
     * x has its result 'inner' now: d, which was waiting for it, takes it and goes on at stage 1.}
     */
    public String sentence() {
        return playhead.atStart() ? scene.reading.startSentence() : scene.reading.sentence(playhead.lastEvent());
    }

    /**
     * The text of {@code name}'s result line at the playhead (under its lane: {@code fired: 'ok'},
     * {@code waiting for x}, {@code paused (2 pauses)}), or empty when the diagram shows no lane for
     * it yet.
     */
    public Optional<String> resultLine(String name) {
        Column lane = scene.lane(name);
        if (lane == null || playhead.atStart()) {
            return Optional.empty();
        }
        String shown = null;
        for (Column.Version version : lane.versions) {
            if (version.from() <= playhead.lastEvent()) {
                shown = version.text();
            }
        }
        return Optional.ofNullable(shown);
    }

    /**
     * The frame at the playhead for a terminal {@code width} columns wide, without a height limit:
     * the whole diagram as of the playhead, a few timeline rows around the event, and the
     * sentence. For long runs prefer {@link #frame(int, int)}, which shows only the rows around the
     * event.
     *
     * @throws IllegalArgumentException if {@code width} is less than 1
     */
    public List<StyledLine> frame(int width) {
        return frame(width, Integer.MAX_VALUE);
    }

    /**
     * The frame at the playhead in at most {@code height} lines and {@code width} columns: a
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
            int room = height - 3 - sentence.size() - (code == null ? 0 : 1);
            timelineRows = Math.max(1, Math.min(Math.min(TIMELINE_ROWS, Math.max(3, height / 4)), room - 3));
            diagramRows = Math.max(3, room - timelineRows);
        }
        int position = playhead.lastEvent();
        FrameWindow window = FrameWindow.of(picture, position, width, diagramRows);
        List<StyledLine> lines = new ArrayList<>();
        lines.add(status(window));
        if (code != null) {
            lines.add(codeLine(width));
        }
        lines.addAll(window.lines());
        lines.add(StyledLine.empty());
        lines.addAll(timeline.render(position, width, timelineRows));
        lines.add(StyledLine.empty());
        lines.addAll(sentence);
        return List.copyOf(lines);
    }

    private StyledLine status(FrameWindow window) {
        String where = playhead.atStart()
                ? "start: before the first of " + Words.count(size(), "event")
                : "event " + playhead.position() + " of " + size() + "   "
                        + Words.time(scene.reading.time(playhead.lastEvent()));
        return StyledLine.builder()
                .append(where, Style.HEADER)
                .append(window.columnsNote(), Style.MUTED)
                .build();
    }

    /** The source line of the event at the playhead, cut to {@code width}; a note when it has none. */
    private StyledLine codeLine(int width) {
        return CodeLine.at(code, playhead, width);
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

package deferredsim.cli.repl;

import deferredsim.cli.reactor.ReactorTimelineView;
import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ReactorPython;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import java.util.List;

/**
 * A reactor scenario (the book's Parts 1–8) loaded at the prompt: the REPL shows its timeline,
 * steps through it and prints its trace, instead of building a Deferred chain.
 */
final class LoadedReactor {
    final String name;
    final ReactorScenario scenario;
    final Recording recording;
    /** The JSON text it was read from (for {@code share}), or null when it came from a lesson. */
    final String json;
    /** The reading of the run, made once on first use: stepping reads it at every step. */
    private Reading reading;
    /** The program as code with the line of each event, made on first use; null when there is none. */
    private CodeListing code;

    private boolean codeWritten;

    /** A scenario read from {@code json} (a file or a share line). */
    LoadedReactor(String name, ReactorScenario scenario, String json) {
        this.name = name;
        this.scenario = scenario;
        this.recording = ReactorSimulation.run(scenario);
        this.json = json;
    }

    /** A scenario whose run was already recorded (a lesson keeps its scenarios' recordings). */
    LoadedReactor(String name, ReactorScenario scenario, Recording recording) {
        this.name = name;
        this.scenario = scenario;
        this.recording = recording;
        this.json = null;
    }

    /** The whole run as text timelines, {@code width} columns wide. */
    List<String> timeline(int width) {
        return recording.size() == 0 ? view(width).render(recording) : timelineAt(width, recording.size() - 1);
    }

    /** The run as it stood just after event {@code index}. */
    List<String> timelineAt(int width, int index) {
        return view(width).render(reading(), Playhead.after(index));
    }

    /**
     * The scenario's program as Twisted code, with the line of each event of the run; null when the
     * scenario has no program, or the run is not the scenario's own (an exercise's changed program).
     */
    CodeListing code() {
        if (!codeWritten) {
            codeWritten = true;
            if (ReactorPython.hasCode(scenario)) {
                try {
                    code = ReactorPython.of(scenario, recording);
                } catch (IllegalArgumentException notWritten) {
                    code = null; // stepping shows the timeline without a code line
                }
            }
        }
        return code;
    }

    private Reading reading() {
        if (reading == null) {
            reading = Reading.of(recording);
        }
        return reading;
    }

    private static ReactorTimelineView view(int width) {
        return ReactorTimelineView.builder().width(Math.max(60, width)).build();
    }
}

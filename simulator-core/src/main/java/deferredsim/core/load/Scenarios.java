package deferredsim.core.load;

import deferredsim.core.program.RecordingReader;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioDraft;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.share.ScenarioSource;
import java.nio.file.Path;

/**
 * The one place that tells the simulator's file formats apart by their {@code "format"}: a
 * recording, a reactor scenario, a draft, else a Deferred scenario (whose reader names what is
 * wrong with anything else). The terminal, {@code trace} and the window all open files through it.
 */
public final class Scenarios {
    private Scenarios() {}

    /**
     * Reads {@code file} (UTF-8, a byte order mark skipped) as whichever format it declares.
     *
     * @throws ScenarioException when it cannot be read or is not valid in its format; the message
     *     names the place (line, column, JSON path) or the file
     */
    public static AnyScenario read(Path file) throws ScenarioException {
        return parse(ScenarioSource.of(file).json());
    }

    /** As {@link #read(Path)}, for a file name or a share line ({@code dsim1:…}). */
    public static AnyScenario read(String fileOrShareLine) throws ScenarioException {
        return parse(ScenarioSource.of(fileOrShareLine).json());
    }

    /** As {@link #read(Path)}, for the text of a file. */
    public static AnyScenario parse(String json) throws ScenarioException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (RecordingReader.declaresRecordingFormat(text)) {
            return new AnyScenario.Program(RecordingReader.read(text));
        }
        if (ReactorScenarioReader.declaresReactorFormat(text)) {
            return new AnyScenario.Reactor(ReactorScenarioReader.read(text), text);
        }
        if (ScenarioDraft.declaresDraftFormat(text)) {
            return new AnyScenario.Draft(ScenarioDraft.read(text));
        }
        return new AnyScenario.Chain(ScenarioReader.read(text));
    }
}

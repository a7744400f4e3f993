package deferredsim.lessons;

import deferredsim.core.recording.Recording;

/**
 * A scenario a lesson offers to run and step through: a name unique in its lesson, a title and a
 * description for the list of scenarios, and the file text it came from.
 *
 * <p>The kind of scenario is the file's {@code format}: {@link DeferredScenario} ({@code
 * deferred-scenario/1}, a chain of Deferreds the engine runs) or {@link ReactorScenario} ({@code
 * reactor-scenario/1}, the reactor model of Parts 1-8). Both run into the same kind of {@link
 * Recording}, so a view can step through any scenario's events; to draw one the way its kind is
 * drawn (chains and lanes, or timelines), switch on the type. Instances come from {@link
 * LessonCatalog}.
 */
public sealed interface LessonScenario permits DeferredScenario, ReactorScenario {
    /** The name exercises use to refer to it, unique within the lesson, e.g. {@code criss-cross}. */
    String name();

    /** A one-line title, e.g. "Figure 18: one path through the chain". */
    String title();

    /** What to look at when running it: one or two sentences of Markdown. */
    String description();

    /** The file's format, e.g. {@code deferred-scenario/1}. */
    String format();

    /** The file name within the lesson directory, e.g. {@code criss-cross.json}. */
    String file();

    /** The file's text, exactly as stored: what "open in simulator" or "save as" should use. */
    String source();

    /**
     * What the engine does with it: run on the first call and kept, so every call returns the same
     * object. Exercises about the scenario are checked against this recording.
     */
    Recording recording();
}

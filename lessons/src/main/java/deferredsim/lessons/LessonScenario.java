package deferredsim.lessons;

/**
 * A scenario a lesson offers to run and step through: a name unique in its lesson, a title and a
 * description for the list of scenarios, and the file text it came from.
 *
 * <p>The kind of scenario is the file's {@code format}. Only {@link DeferredScenario} ({@code
 * deferred-scenario/1}) exists now; reactor-model scenarios for Parts 1-8 will be a second kind, so
 * views should test the type ({@code instanceof DeferredScenario}) and skip kinds they cannot show.
 * Instances come from {@link LessonCatalog}.
 */
public sealed interface LessonScenario permits DeferredScenario {
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
}

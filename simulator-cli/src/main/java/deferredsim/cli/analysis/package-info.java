/**
 * Analyses of chains and recordings for the terminal, the lessons and the window, as pure
 * functions: records for programs, {@code List<String>} lines for people.
 *
 * <p>{@link deferredsim.cli.analysis.ExploreFirings} runs every combination of returning and
 * raising stages of a chain (the book's Part 10 exercise) and groups them by path; {@link
 * deferredsim.cli.analysis.CompareChains} sets two chains side by side, such as {@code
 * addCallbacks(cb, eb)} and {@code addCallback(cb); addErrback(eb)} (Part 9); {@link
 * deferredsim.cli.analysis.TraceText} tells a recording in sentences. Every answer comes from
 * engine runs ({@code deferredsim.core.engine.Simulation}); nothing here knows how a Deferred
 * fires. No JLine and no terminal: callers print the lines.
 */
package deferredsim.cli.analysis;

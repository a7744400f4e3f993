/**
 * Exports of a scenario to other languages, as text lines.
 *
 * <p>{@link deferredsim.cli.export.PythonExport} writes a scenario as a Python 3 script that plays
 * it on real Twisted and prints the same canonical trace as the simulator, so a learner can run
 * the very thing the simulator shows and read how it is written with {@code Deferred}, {@code
 * DeferredList}, {@code inlineCallbacks} and {@code task.Clock}. {@link
 * deferredsim.cli.export.PythonLiteral} is the one place where user text becomes Python source:
 * only ever as an escaped string literal. Nothing here depends on JLine or on a terminal.
 */
package deferredsim.cli.export;

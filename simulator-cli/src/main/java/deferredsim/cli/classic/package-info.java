/**
 * The classic diagram of the original {@code deferred-simulator.py} (twisted-intro): pair lines
 * such as {@code r good f bad} in, the deferred's boxes and its two firings out, as text.
 *
 * <p>The flow is one way. {@link deferredsim.cli.classic.PairLineParser} turns each line into a
 * {@link deferredsim.core.scenario.PairSpec}; {@link deferredsim.cli.classic.ClassicSimulation}
 * runs the engine and keeps what it recorded in an immutable {@link
 * deferredsim.cli.classic.ClassicSnapshot}; {@link deferredsim.cli.classic.ClassicRenderer} draws
 * the snapshot on a character canvas and returns lines. {@link deferredsim.cli.classic.ClassicPipe}
 * strings the three together for piped standard input.
 */
package deferredsim.cli.classic;

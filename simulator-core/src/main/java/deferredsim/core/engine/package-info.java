/**
 * The engine: {@link deferredsim.core.engine.Deferred}, {@link
 * deferredsim.core.engine.DeferredList} and {@link deferredsim.core.engine.InlineCallbacks} with
 * Twisted 22.4's exact rules, and {@link deferredsim.core.engine.Simulation}, which runs a scenario
 * on the virtual clock and returns its recording.
 */
package deferredsim.core.engine;

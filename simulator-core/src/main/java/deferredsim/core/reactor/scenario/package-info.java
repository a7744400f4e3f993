/**
 * {@code reactor-scenario/1} files: the {@link deferredsim.core.reactor.scenario.ReactorScenario}
 * model, {@link deferredsim.core.reactor.scenario.ReactorScenarioReader} (with line:column
 * messages, like the {@code deferred-scenario/1} reader) and {@link
 * deferredsim.core.reactor.scenario.ReactorSimulation}, which runs one into a recording.
 */
package deferredsim.core.reactor.scenario;

/**
 * Part 1: the same {@link deferredsim.core.reactor.execution.Task}s (lists of CPU and WAIT
 * segments) run by the synchronous, threaded and asynchronous
 * {@link deferredsim.core.reactor.execution.ExecutionModel}s, with each model's lanes, total and
 * idle time ({@link deferredsim.core.reactor.execution.ExecutionModels}).
 */
package deferredsim.core.reactor.execution;

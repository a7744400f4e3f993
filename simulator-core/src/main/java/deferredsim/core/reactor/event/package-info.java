/**
 * The events of the reactor model, recorded in the same {@link deferredsim.core.recording.Recording}
 * as the Deferred engine's: {@link deferredsim.core.reactor.event.ExecutionEvents} (Part 1's lanes),
 * {@link deferredsim.core.reactor.event.NetworkEvents} (servers and sockets),
 * {@link deferredsim.core.reactor.event.ReactorEvents} (the loop, timers, logged errors) and
 * {@link deferredsim.core.reactor.event.ProcessEvents} (prints, blocking, calls, exits). Every one
 * is a {@link deferredsim.core.recording.SimEvent.ReactorEvent}: an immutable record with a time,
 * the process it belongs to, and its own trace line.
 */
package deferredsim.core.reactor.event;

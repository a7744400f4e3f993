/**
 * Text views of the reactor model: {@link deferredsim.cli.reactor.ReactorTimelineView} draws a
 * reactor scenario's recording as lanes, arrival rows, the reactor's thread and timers, and a log,
 * at any event, for the terminal and the REPL's stepper.
 */
package deferredsim.cli.reactor;

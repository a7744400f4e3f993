/**
 * Every run as code: the source a run came from (a recorded program's files, or idiomatic Twisted
 * code written for a simulated scenario) and, for each event of its recording, the line where it
 * happened. The terminal's step view and the window's code pane read a {@link
 * deferredsim.core.code.CodeListing}; {@link deferredsim.core.code.ScenarioPython} writes one for
 * any Deferred scenario, {@link deferredsim.core.code.ReactorPython} one for a reactor scenario's
 * program.
 */
package deferredsim.core.code;

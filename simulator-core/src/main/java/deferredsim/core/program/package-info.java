/**
 * Real Twisted programs, recorded: {@link deferredsim.core.program.ProgramRecorder} runs a Python
 * script under the user's own Python and Twisted with a small tracing module, and the result is a
 * {@code deferred-recording/1} file that {@link deferredsim.core.program.RecordingReader} turns
 * into a {@link deferredsim.core.program.ProgramRun}: the same {@code Recording} of {@code
 * SimEvent}s a simulated scenario has (so traces, diagrams, stepping and the window read it
 * unchanged), the program's source with a line for every event, and the structure the views lay
 * out.
 *
 * <p>Reading a recording never runs anything: a recording is plain data. Only the recorder runs a
 * program, the one the user names, in a separate process with a time limit and caps.
 */
package deferredsim.core.program;

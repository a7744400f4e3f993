/**
 * Virtual time: {@link deferredsim.core.time.Time} holds seconds either exactly, as nanosecond ticks
 * (the reactor model's times, which add up without float error), or as a double, as Twisted's
 * {@code task.Clock} holds them (the Deferred engine's times); {@link
 * deferredsim.core.time.PythonFloat} prints a double exactly as Python's {@code repr} does.
 */
package deferredsim.core.time;

/**
 * The virtual reactor clock: {@link deferredsim.core.clock.VirtualClock} schedules {@link
 * deferredsim.core.clock.ScheduledCall}s and runs them in Twisted's {@code task.Clock} order.
 */
package deferredsim.core.clock;

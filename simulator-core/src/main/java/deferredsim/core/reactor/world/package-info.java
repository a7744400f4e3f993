/**
 * The simulated machine: a {@link deferredsim.core.reactor.world.World} (one virtual clock, one
 * recording) and its {@link deferredsim.core.reactor.world.Process}es, which take turns on it as
 * continuations on the clock, with no Java threads. A process can end a turn by sleeping or
 * waiting while the world goes on, or hold its thread in the middle of a callback: that is how
 * blocking code, late timers and slow servers are simulated.
 */
package deferredsim.core.reactor.world;

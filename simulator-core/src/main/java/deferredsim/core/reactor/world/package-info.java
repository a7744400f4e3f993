/**
 * The simulated machine: a {@link deferredsim.core.reactor.world.World} (one virtual clock, one
 * recording) and its {@link deferredsim.core.reactor.world.Process}es, which take turns on it.
 * A process can hold its thread ({@code sleep}) or block ({@code waitUntil}) while the world goes
 * on: that is how blocking code, late timers and slow servers are simulated.
 */
package deferredsim.core.reactor.world;

/**
 * The loopback network of Part 2 on: slow {@link deferredsim.core.reactor.net.PoetryServer}s (one
 * client at a time, a chunk every delay), {@link deferredsim.core.reactor.net.Connection}s with the
 * client's receive buffer (chunks merge there; reads of bounded size split them), and the {@link
 * deferredsim.core.reactor.net.Network} that connects clients to servers or refuses them.
 */
package deferredsim.core.reactor.net;

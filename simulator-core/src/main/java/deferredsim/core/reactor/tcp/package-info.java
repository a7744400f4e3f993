/**
 * Twisted's protocols and factories on the simulated reactor (Parts 5–8): {@link
 * deferredsim.core.reactor.tcp.Tcp#connectTCP}, {@link deferredsim.core.reactor.tcp.ClientFactory},
 * {@link deferredsim.core.reactor.tcp.Protocol}, {@link deferredsim.core.reactor.tcp.Transport} and
 * {@link deferredsim.core.reactor.tcp.Connector}, with every callback into them recorded in order.
 */
package deferredsim.core.reactor.tcp;

/**
 * Twisted servers of Parts 11, 12 and 16, on the reactor model: a process with its own reactor
 * that listens with {@code listenTCP} and builds one protocol per client (the fast and slow poetry
 * servers, the netstring transformation server), the transformation client, and {@code twistd}
 * running a tree of services.
 */
package deferredsim.core.reactor.server;

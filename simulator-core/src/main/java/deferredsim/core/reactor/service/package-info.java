/**
 * Part 16's services and {@code twistd}, on the reactor model: a tree of {@code IService}s ({@link
 * deferredsim.core.reactor.service.MultiService} holding children), started in two passes
 * (privileged, then normal; each depth-first in the order the children were added) and stopped in
 * reverse from a "before shutdown" trigger whose Deferreds hold the reactor's shutdown.
 */
package deferredsim.core.reactor.service;

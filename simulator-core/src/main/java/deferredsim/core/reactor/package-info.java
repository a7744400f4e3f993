/**
 * Twisted's reactor on the virtual clock (Parts 3–8): {@link deferredsim.core.reactor.Reactor}
 * (states, startup triggers, the loop, {@code stop}, logged errors), its {@link
 * deferredsim.core.reactor.DelayedCall}s and {@link deferredsim.core.reactor.LoopingCall}, the
 * descriptors it watches, Twisted's errors as {@link deferredsim.core.reactor.SimulatedException}s,
 * and {@link deferredsim.core.reactor.RecordedDeferreds}: Deferreds a simulated program makes on
 * the engine, recorded in the same recording.
 *
 * <p>Sub-packages: {@code world} (the clock, the recording and the processes), {@code event} (the
 * events), {@code execution} (Part 1), {@code net} (servers and sockets), {@code tcp} (protocols
 * and factories), {@code poetry} (the book's clients), {@code script} (the little language of
 * scenario programs) and {@code scenario} ({@code reactor-scenario/1} files and running them).
 */
package deferredsim.core.reactor;

/**
 * The little language of a reactor scenario's {@code program}: each statement a line of
 * Python-like code ({@code reactor.callLater 1 tick}, {@code d.addCallbacks got_poem poem_failed},
 * {@code print Start!}), read by {@link deferredsim.core.reactor.script.StatementParser} into
 * {@link deferredsim.core.reactor.script.Statement}s and run by {@link
 * deferredsim.core.reactor.script.Interpreter} on a simulated reactor.
 */
package deferredsim.core.reactor.script;

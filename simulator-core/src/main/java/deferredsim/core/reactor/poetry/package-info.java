/**
 * The book's poetry clients on the simulated machine: Part 2's {@link
 * deferredsim.core.reactor.poetry.BlockingPoetryClient} and {@link
 * deferredsim.core.reactor.poetry.SelectPoetryClient}, the Twisted clients 1.0 and broken ({@link
 * deferredsim.core.reactor.poetry.PoetrySocketClient}) and 2.0 ({@link
 * deferredsim.core.reactor.poetry.ProtocolPoetryClient}), and {@link
 * deferredsim.core.reactor.poetry.GetPoetry}, the {@code get_poetry} of clients 3.0, 3.1 and 4.0
 * that scenario programs call. Each prints the lines the book's program prints.
 */
package deferredsim.core.reactor.poetry;

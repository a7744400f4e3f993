package deferredsim.core.reactor.poetry;

import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.DelayedCall;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.tcp.ClientFactory;
import deferredsim.core.reactor.tcp.Connector;
import deferredsim.core.reactor.tcp.Protocol;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.function.Consumer;

/**
 * The book's {@code get_poetry(host, port, …)} of Parts 6–8, on a reactor's {@link Tcp}:
 *
 * <ul>
 *   <li>client 3.0: {@link #withCallback} calls {@code callback(poem)} when the poem is complete;
 *       a failed connection is ignored (the base {@code clientConnectionFailed}), so the program
 *       waits for ever;
 *   <li>client 3.1: {@link #withCallbacks} also calls {@code errback(reason)} when the connection
 *       fails, always after {@code get_poetry} returned;
 *   <li>client 4.0: {@link #deferred} returns a Deferred that the factory fires once, with the poem
 *       or the failure. With {@code guard} (the book's "{@code d, self.deferred = self.deferred,
 *       None}") a second firing cannot happen; without it a second one raises {@code
 *       AlreadyCalledError} inside the reactor callback. With a {@code timeout} (the Part 8 exercise
 *       solution) the factory errbacks with {@code TimeoutError} and disconnects when the poem is
 *       late, and cancels the timer otherwise.
 * </ul>
 *
 * <p>A poem is handed on as its text, or as {@code <N bytes>} when the server's poem is known by
 * size only. Create one with {@link #create}.
 */
public final class GetPoetry {
    private final Tcp tcp;
    private final RecordedDeferreds deferreds;
    private final Time timeout;
    private final boolean guard;
    private final int readSize;

    private GetPoetry(Tcp tcp, RecordedDeferreds deferreds, Time timeout, boolean guard, int readSize) {
        this.tcp = tcp;
        this.deferreds = deferreds;
        this.timeout = timeout;
        this.guard = guard;
        this.readSize = readSize;
    }

    /**
     * {@code get_poetry} on {@code tcp}; {@code timeout} (4.0 only) is null for none; {@code guard}
     * says whether the 4.0 factory nulls its deferred before firing it.
     */
    public static GetPoetry create(Tcp tcp, RecordedDeferreds deferreds, Time timeout, boolean guard, int readSize) {
        return new GetPoetry(tcp, deferreds, timeout, guard, readSize);
    }

    /** Client 3.0's {@code get_poetry(host, port, callback)}. */
    public void withCallback(int port, Consumer<Value> callback) {
        tcp.connectTCP("127.0.0.1", port, new CallbackFactory(callback, null), readSize);
    }

    /** Client 3.1's {@code get_poetry(host, port, callback, errback)}. */
    public void withCallbacks(int port, Consumer<Value> callback, Consumer<Value> errback) {
        tcp.connectTCP("127.0.0.1", port, new CallbackFactory(callback, errback), readSize);
    }

    /** Client 4.0's {@code get_poetry(host, port)}: the Deferred is named {@code name}. */
    public Deferred deferred(int port, String name) {
        Deferred d = deferreds.create(name, "get_poetry");
        tcp.connectTCP("127.0.0.1", port, new DeferredFactory(d), readSize);
        return d;
    }

    private Process process() {
        return tcp.reactor().process();
    }

    private static Value poemValue(Data poem) {
        return Value.text(poem.render());
    }

    /** The book's {@code PoetryProtocol} of clients 3 and 4. */
    private final class PoetryProtocol extends Protocol {
        private final Data.Builder poem = new Data.Builder();

        @Override
        public void dataReceived(Data data) {
            poem.append(data);
        }

        @Override
        public void connectionLost(Failure reason) {
            Data received = poem.build();
            process()
                    .call(
                            "PoetryProtocol.poemReceived",
                            List.of(received.render()),
                            () -> ((PoemFinished) factory).poemFinished(received));
        }
    }

    private interface PoemFinished {
        void poemFinished(Data poem);
    }

    /** What the book's clients 3.x and 4.0 share: a {@code PoetryClientFactory} building poetry protocols. */
    private abstract class PoetryClientFactory extends ClientFactory implements PoemFinished {
        @Override
        protected Protocol protocol() {
            return new PoetryProtocol();
        }

        @Override
        public String className() {
            return "PoetryClientFactory";
        }
    }

    /** Client 3.x's {@code PoetryClientFactory}. */
    private final class CallbackFactory extends PoetryClientFactory {
        private final Consumer<Value> callback;
        private final Consumer<Value> errback;

        CallbackFactory(Consumer<Value> callback, Consumer<Value> errback) {
            this.callback = callback;
            this.errback = errback;
        }

        @Override
        public void poemFinished(Data poem) {
            process()
                    .call(
                            "PoetryClientFactory.poem_finished",
                            List.of(poem.render()),
                            () -> callback.accept(poemValue(poem)));
        }

        @Override
        public void clientConnectionFailed(Connector connector, Failure reason) {
            if (errback != null) {
                errback.accept(reason);
            }
        }
    }

    /** Client 4.0's {@code PoetryClientFactory}, with the Part 8 exercise's timeout. */
    private final class DeferredFactory extends PoetryClientFactory {
        private Deferred deferred;
        private DelayedCall timeoutCall;

        DeferredFactory(Deferred deferred) {
            this.deferred = deferred;
        }

        @Override
        public void startedConnecting(Connector connector) {
            if (timeout != null) {
                timeoutCall = tcp.reactor()
                        .callLater(timeout, "on_timeout " + connector.getDestination(), () -> onTimeout(connector));
            }
        }

        @Override
        public void poemFinished(Data poem) {
            process().call("PoetryClientFactory.poem_finished", List.of(poem.render()), () -> {
                fire(poemValue(poem));
                cancelTimeout();
            });
        }

        @Override
        public void clientConnectionFailed(Connector connector, Failure reason) {
            fire(reason);
            cancelTimeout();
        }

        private void onTimeout(Connector connector) {
            process().call("PoetryClientFactory.on_timeout", List.of(connector.getDestination()), () -> {
                timeoutCall = null;
                if (!guard || deferred != null) {
                    fire(Failure.raised("TimeoutError"));
                    connector.disconnect();
                }
            });
        }

        private void fire(Value result) {
            if (!guard) {
                deferreds.fire(deferred, result);
            } else if (deferred != null) {
                Deferred d = deferred;
                deferred = null;
                deferreds.fire(d, result);
            }
        }

        private void cancelTimeout() {
            if (timeoutCall != null) {
                DelayedCall call = timeoutCall;
                timeoutCall = null;
                call.cancel();
            }
        }
    }
}

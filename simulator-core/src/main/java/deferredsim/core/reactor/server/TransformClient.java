package deferredsim.core.reactor.server;

import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.tcp.ClientFactory;
import deferredsim.core.reactor.tcp.Connector;
import deferredsim.core.reactor.tcp.NetstringReceiver;
import deferredsim.core.reactor.tcp.Protocol;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;

/**
 * Part 12's transformation client as a process: {@code d = proxy.xform(transform, poem)} (a {@code
 * connectTCP} whose factory holds the Deferred), then {@code d.addCallbacks(got_poem,
 * xform_failed)} (each prints) and {@code d.addBoth(stop)}, then {@code reactor.run()}.
 *
 * <p>Its protocol is a {@link NetstringReceiver}: on {@code connectionMade} it sends one netstring
 * {@code TRANSFORM.POEM}; the first netstring back closes the connection and fires the Deferred
 * with it. If the connection ends with no reply (an unknown transform, a bad request) or cannot
 * be made, the factory errbacks with the reason ({@code ConnectionDone}, {@code
 * ConnectionRefusedError}), once.
 */
public final class TransformClient {
    private final Process process;
    private final TransformClientSpec spec;
    private final RecordedDeferreds deferreds;
    private Reactor reactor;

    private TransformClient(Process process, TransformClientSpec spec, RecordedDeferreds deferreds) {
        this.process = process;
        this.spec = spec;
        this.deferreds = deferreds;
    }

    /** Starts {@code spec}'s client as process {@code spec.who()} at its start time. */
    public static void spawn(World world, Network network, RecordedDeferreds deferreds, TransformClientSpec spec) {
        world.spawn(spec.who(), spec.start(), process -> new TransformClient(process, spec, deferreds).main(network));
    }

    private void main(Network network) {
        reactor = Reactor.create(process);
        Tcp tcp = Tcp.create(reactor, network);
        Deferred d = deferreds.create(spec.name(), "xform");
        TransformClientFactory factory = new TransformClientFactory(d);
        process.call(
                "proxy.xform",
                List.of(spec.transform(), spec.poem()),
                () -> tcp.connectTCP("127.0.0.1", spec.port(), factory));
        deferreds.addCallbacks(
                d,
                poem -> {
                    process.print("Transformed: " + poem.render());
                    return poem;
                },
                failure -> {
                    process.print("Transform failed: " + failure.render());
                    return Value.NONE;
                });
        deferreds.addCallbacks(d, this::stop, this::stop);
        reactor.run(() -> process.exited());
    }

    private Value stop(Value result) {
        reactor.stop();
        return result;
    }

    /** Holds the Deferred and fires it once: with the reply, or with why the connection ended. */
    private final class TransformClientFactory extends ClientFactory {
        private Deferred deferred;

        TransformClientFactory(Deferred deferred) {
            this.deferred = deferred;
        }

        @Override
        protected Protocol protocol() {
            return new TransformClientProtocol();
        }

        void handlePoem(String poem) {
            fire(Value.text(poem));
        }

        @Override
        public void clientConnectionLost(Connector connector, Failure reason) {
            fire(reason);
        }

        @Override
        public void clientConnectionFailed(Connector connector, Failure reason) {
            fire(reason);
        }

        private void fire(Value result) {
            if (deferred != null) {
                Deferred d = deferred;
                deferred = null;
                deferreds.fire(d, result);
            }
        }
    }

    /** Sends the request on connecting; the first reply closes the connection and is handed on. */
    private final class TransformClientProtocol extends NetstringReceiver {
        @Override
        public void connectionMade() {
            if (spec.sends().isEmpty()) {
                sendString(spec.transform() + "." + spec.poem());
                return;
            }
            for (TransformClientSpec.RawSend raw : spec.sends()) {
                reactor.callLater(
                        raw.after(),
                        "transport.write",
                        () -> transport.write(new Data(raw.data().length(), raw.data())));
            }
        }

        @Override
        protected void stringReceived(String poem) {
            transport.loseConnection();
            ((TransformClientFactory) factory).handlePoem(poem);
        }

        @Override
        public String className() {
            return "TransformClientProtocol";
        }
    }
}

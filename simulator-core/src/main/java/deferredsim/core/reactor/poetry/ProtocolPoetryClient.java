package deferredsim.core.reactor.poetry;

import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.tcp.ClientFactory;
import deferredsim.core.reactor.tcp.Connector;
import deferredsim.core.reactor.tcp.Protocol;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 5's Twisted client 2.0 ({@code twisted-client-2/get-poetry.py}): {@code connectTCP} to every
 * server with one {@code PoetryClientFactory}; each {@code PoetryProtocol} prints what each {@code
 * dataReceived} brings and hands the poem to the factory on {@code connectionLost}; the factory
 * counts finished poems and failed connections ("Failed to connect to: …") and stops the reactor
 * after the last one.
 */
public final class ProtocolPoetryClient {
    private final Process process;
    private final Reactor reactor;
    private final int readSize;

    private ProtocolPoetryClient(Process process, int readSize) {
        this.process = process;
        this.reactor = Reactor.create(process);
        this.readSize = readSize;
    }

    /** Starts the client as process {@code who} at {@code start}, each read at most {@code readSize} bytes. */
    public static void spawn(World world, Network network, String who, Time start, List<Integer> ports, int readSize) {
        world.spawn(who, start, process -> new ProtocolPoetryClient(process, readSize).main(network, ports));
    }

    private void main(Network network, List<Integer> ports) {
        Time start = process.now();
        process.enter("<module>");
        PoetryClientFactory factory = new PoetryClientFactory(ports.size());
        Tcp tcp = Tcp.create(reactor, network);
        for (int port : ports) {
            tcp.connectTCP("127.0.0.1", port, factory, readSize);
        }
        reactor.run(() -> {
            print("Got " + ports.size() + " poems in "
                    + Python.timedelta(process.now().minus(start)));
            process.exited();
        });
    }

    private void print(String line) {
        process.print(line);
    }

    /** The book's {@code PoetryProtocol} of client 2.0. */
    private final class PoetryProtocol extends Protocol {
        private final Data.Builder poem = new Data.Builder();
        private int taskNum;

        @Override
        public void dataReceived(Data data) {
            poem.append(data);
            print("Task " + taskNum + ": got " + data.size() + " bytes of poetry from " + transport.getPeer());
        }

        @Override
        public void connectionLost(Failure reason) {
            Data received = poem.build();
            process.call("PoetryProtocol.poemReceived", List.of(received.render()), () -> {
                PoetryClientFactory owner = (PoetryClientFactory) factory;
                owner.poemFinished(taskNum, received);
            });
        }
    }

    /** The book's {@code PoetryClientFactory} of client 2.0. */
    private final class PoetryClientFactory extends ClientFactory {
        private final Map<Integer, Data> poems = new LinkedHashMap<>();
        private int taskNum = 1;
        private int poetryCount;

        PoetryClientFactory(int poetryCount) {
            this.poetryCount = poetryCount;
        }

        @Override
        protected Protocol protocol() {
            return new PoetryProtocol();
        }

        @Override
        public Protocol buildProtocol(String address) {
            PoetryProtocol protocol = (PoetryProtocol) super.buildProtocol(address);
            protocol.taskNum = taskNum++;
            return protocol;
        }

        void poemFinished(Integer task, Data poem) {
            process.call(
                    "PoetryClientFactory.poem_finished",
                    task == null ? List.of() : List.of(String.valueOf(task), poem.render()),
                    () -> {
                        if (task != null) {
                            poems.put(task, poem);
                        }
                        poetryCount--;
                        if (poetryCount == 0) {
                            poems.forEach((i, p) -> print("Task " + i + ": " + p.size() + " characters of poetry"));
                            reactor.stop();
                        }
                    });
        }

        @Override
        public void clientConnectionFailed(Connector connector, Failure reason) {
            print("Failed to connect to: " + connector.getDestination());
            poemFinished(null, null);
        }
    }
}

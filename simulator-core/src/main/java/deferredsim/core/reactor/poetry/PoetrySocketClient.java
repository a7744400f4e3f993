package deferredsim.core.reactor.poetry;

import deferredsim.core.reactor.DelayedCall;
import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.ReadDescriptor;
import deferredsim.core.reactor.ReadResult;
import deferredsim.core.reactor.Reasons;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Part 4's Twisted client 1.0 ({@code twisted-client-1/get-poetry.py}): one {@code PoetrySocket}
 * per server, registered with {@code reactor.addReader}; {@code doRead} drains the socket without
 * blocking and prints what arrived; the last socket to close stops the reactor. The connect is a
 * blocking call in the constructor, so a refused connection crashes the program before the
 * reactor runs.
 *
 * <p>The {@code broken} variant ({@code get-poetry-broken.py}) keeps the socket blocking and reads
 * the whole poem inside {@code doRead}: the reactor is stuck there while the other servers' bytes
 * pile up in their buffers. With a {@code timeout} (the Part 4 exercise), each socket has a
 * delayed call that gives up on it, cancelled when its poem arrives in time.
 */
public final class PoetrySocketClient {
    private static final int RECV_SIZE = 1024;

    private final Process process;
    private final Reactor reactor;
    private final boolean blocking;

    private PoetrySocketClient(Process process, boolean blocking) {
        this.process = process;
        this.reactor = Reactor.create(process);
        this.blocking = blocking;
    }

    /**
     * Starts the client as process {@code who} at {@code start}, fetching from {@code ports}; {@code
     * timeout} is null for none.
     */
    public static void spawn(
            World world, Network network, String who, Time start, List<Integer> ports, boolean blocking, Time timeout) {
        world.spawn(who, start, process -> new PoetrySocketClient(process, blocking).main(network, ports, timeout));
    }

    private void main(Network network, List<Integer> ports, Time timeout) {
        Time start = process.now();
        List<PoetrySocket> sockets = new ArrayList<>();
        process.enter("<module>");
        for (int i = 0; i < ports.size(); i++) {
            Optional<Connection> connected = network.connect(process.who(), ports.get(i));
            if (connected.isEmpty()) {
                process.world()
                        .record(new ProcessEvents.Crashed(
                                process.now(),
                                process.who(),
                                "ConnectionRefusedError: [Errno 111] Connection refused"));
                return;
            }
            sockets.add(new PoetrySocket(i + 1, connected.get(), timeout));
        }
        reactor.run(() -> {
            Time elapsed = process.now().minus(start);
            for (PoetrySocket socket : sockets) {
                print("Task " + socket.task + ": " + socket.poem.size() + " characters of poetry");
            }
            print("Got " + ports.size() + " poems in " + Python.timedelta(elapsed));
            process.exited();
        });
    }

    private void print(String line) {
        process.print(line);
    }

    /** The book's {@code PoetrySocket}: an {@code IReadDescriptor} for one server. */
    private final class PoetrySocket implements ReadDescriptor {
        private final int task;
        private final Connection sock;
        private final DelayedCall timeoutCall;
        private final Data.Builder poem = new Data.Builder();

        PoetrySocket(int task, Connection sock, Time timeout) {
            this.task = task;
            this.sock = sock;
            reactor.addReader(this);
            timeoutCall =
                    timeout == null ? null : reactor.callLater(timeout, "Task " + task + " timeout", this::timedOut);
        }

        @Override
        public String logPrefix() {
            return sock.name();
        }

        @Override
        public boolean readable() {
            return sock.readable();
        }

        @Override
        public ReadResult doRead() {
            process.recordCall("PoetrySocket.doRead", List.of("Task " + task));
            Supplier<ReadResult> read = blocking ? new BlockingRead()::next : this::readAvailable;
            return process.inFrame("PoetrySocket.doRead", read);
        }

        private ReadResult readAvailable() {
            Data.Builder chunks = new Data.Builder();
            while (sock.readable()) {
                Data bytes = sock.recv(RECV_SIZE);
                if (bytes.isEmpty()) {
                    break;
                }
                chunks.append(bytes);
            }
            if (chunks.isEmpty()) {
                print("Task " + task + " finished");
                return ReadResult.lost(Reasons.CONNECTION_DONE);
            }
            print("Task " + task + ": got " + chunks.size() + " bytes of poetry from " + sock.address());
            poem.append(chunks.build());
            return ReadResult.KEEP;
        }

        /**
         * The broken client's {@code doRead}: blocking reads until the server closes. The reactor's
         * thread is blocked from the first read that has to wait until the end.
         */
        private final class BlockingRead {
            private final String what = "recv on " + sock.name() + " until the server closes";
            private final Data.Builder chunks = new Data.Builder();
            private boolean blocked;

            /** Reads on from where the last read stopped; blocks when nothing is there yet. */
            ReadResult next() {
                while (true) {
                    if (!sock.readable()) {
                        if (!blocked) {
                            blocked = true;
                            process.world().record(new ProcessEvents.Blocked(process.now(), process.who(), null, what));
                        }
                        Supplier<ReadResult> rest = this::next;
                        return ReadResult.blockedUntil(
                                sock::readable, () -> process.inFrame("PoetrySocket.doRead", rest));
                    }
                    Data bytes = sock.recv(RECV_SIZE);
                    if (bytes.isEmpty()) {
                        break;
                    }
                    chunks.append(bytes);
                }
                if (blocked) {
                    process.world().record(new ProcessEvents.Unblocked(process.now(), process.who(), what));
                }
                print("Task " + task + ": got " + chunks.size() + " bytes of poetry from " + sock.address());
                poem.append(chunks.build());
                return ReadResult.lost(Reasons.CONNECTION_DONE);
            }
        }

        @Override
        public void connectionLost(Failure reason) {
            process.call("PoetrySocket.connectionLost", List.of(reason.render()), () -> {
                sock.close();
                reactor.removeReader(this);
                if (timeoutCall != null && timeoutCall.active()) {
                    timeoutCall.cancel();
                }
                if (reactor.getReaders().stream().noneMatch(r -> r instanceof PoetrySocket)) {
                    reactor.stop();
                }
            });
        }

        private void timedOut() {
            print("Task " + task + ": timed out");
            if (reactor.getReaders().contains(this)) {
                connectionLost(Failure.raised("TimeoutError"));
            }
        }
    }
}

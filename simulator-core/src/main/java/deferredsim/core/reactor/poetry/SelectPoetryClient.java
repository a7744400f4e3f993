package deferredsim.core.reactor.poetry;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Part 2's asynchronous client ({@code async-client/get-poetry.py}): connects to every server at
 * once with non-blocking sockets, then loops: wait in {@code select} until some sockets are
 * readable, drain each one ({@code recv(1024)} until it would block), print what arrived, and drop
 * a socket whose read returned nothing (the server closed it). The loop is the reactor pattern;
 * its total is the slowest poem's time. A refused connection crashes it.
 */
public final class SelectPoetryClient {
    private static final int RECV_SIZE = 1024;

    private final Process process;
    private final List<Connection> all = new ArrayList<>();
    private final List<Connection> sockets = new ArrayList<>();
    private int[] poems;
    private Time start;
    private int iteration;

    private final Time hangUpAfter;

    private SelectPoetryClient(Process process, Time hangUpAfter) {
        this.process = process;
        this.hangUpAfter = hangUpAfter;
    }

    /**
     * Starts the client as process {@code who} at {@code start}, fetching from {@code ports}; it hangs
     * up on every server still sending after {@code hangUpAfter} (null: it waits for every poem).
     */
    public static void spawn(
            World world, Network network, String who, Time start, List<Integer> ports, Time hangUpAfter) {
        world.spawn(who, start, process -> new SelectPoetryClient(process, hangUpAfter).main(network, ports));
    }

    private void main(Network network, List<Integer> ports) {
        start = process.now();
        for (int port : ports) {
            Optional<Connection> connected = network.connect(process.who(), port);
            if (connected.isEmpty()) {
                process.world()
                        .record(new ProcessEvents.Crashed(
                                process.now(),
                                process.who(),
                                "ConnectionRefusedError: [Errno 111] Connection refused"));
                return;
            }
            all.add(connected.get());
        }
        poems = new int[all.size()];
        sockets.addAll(all);
        select();
    }

    /** Waits in {@code select} for a readable socket, or prints the totals once every socket is done. */
    private void select() {
        if (sockets.isEmpty()) {
            Time elapsed = process.now().minus(start);
            for (int i = 0; i < all.size(); i++) {
                BlockingPoetryClient.print(process, "Task " + (i + 1) + ": " + poems[i] + " bytes of poetry");
            }
            BlockingPoetryClient.print(process, "Got " + all.size() + " poems in " + Python.timedelta(elapsed));
            process.exited();
            return;
        }
        Time deadline = hangUpAfter == null ? null : start.plus(hangUpAfter);
        process.waitUntil(() -> sockets.stream().anyMatch(Connection::readable), deadline, this::readReady);
    }

    /** The deadline passed: close every socket still open, as if the user pressed Ctrl-C on it. */
    private void hangUp() {
        for (Connection sock : List.copyOf(sockets)) {
            sockets.remove(sock);
            sock.close();
            BlockingPoetryClient.print(process, "Task " + (all.indexOf(sock) + 1) + ": hung up");
        }
        select();
    }

    /** {@code select} returned: drain each readable socket, drop the ones that ended. */
    private void readReady() {
        List<Connection> rlist = sockets.stream().filter(Connection::readable).toList();
        if (rlist.isEmpty()) {
            hangUp();
            return;
        }
        process.world()
                .record(new ReactorEvents.Wake(
                        process.now(),
                        process.who(),
                        ++iteration,
                        rlist.stream().map(Connection::name).toList()));
        for (Connection sock : rlist) {
            int task = all.indexOf(sock) + 1;
            Data data = drain(sock);
            if (data.isEmpty()) {
                sockets.remove(sock);
                sock.close();
                BlockingPoetryClient.print(process, "Task " + task + " finished");
            } else {
                BlockingPoetryClient.print(
                        process, "Task " + task + ": got " + data.size() + " bytes of poetry from " + sock.address());
            }
            poems[task - 1] += data.size();
        }
        select();
    }

    /** Reads until the socket would block (EWOULDBLOCK) or a read returns nothing (the end). */
    private static Data drain(Connection sock) {
        Data.Builder data = new Data.Builder();
        while (sock.readable()) {
            Data more = sock.recv(RECV_SIZE);
            if (more.isEmpty()) {
                break;
            }
            data.append(more);
        }
        return data.build();
    }
}

package deferredsim.core.reactor.poetry;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Optional;

/**
 * Part 2's blocking client ({@code blocking-client/get-poetry.py}): fetches the poems one after
 * another, each with a blocking {@code connect} and {@code recv(1024)} until the server closes,
 * printing the book's lines. Its total is the sum of the poems' times. A refused connection
 * crashes it ({@code ConnectionRefusedError}).
 */
public final class BlockingPoetryClient {
    private static final int RECV_SIZE = 1024;

    private BlockingPoetryClient() {}

    /** Starts the client as process {@code who} at {@code start}, fetching from {@code ports} in order. */
    public static void spawn(World world, Network network, String who, Time start, List<Integer> ports) {
        world.spawn(who, start, process -> main(process, network, ports));
    }

    private static void main(Process process, Network network, List<Integer> ports) {
        Time elapsed = Time.ZERO;
        for (int i = 0; i < ports.size(); i++) {
            int task = i + 1;
            String address = "127.0.0.1:" + ports.get(i);
            print(process, "Task " + task + ": get poetry from: " + address);
            Time start = process.now();
            Optional<Connection> connected = network.connect(process.who(), ports.get(i));
            if (connected.isEmpty()) {
                process.world()
                        .record(new ProcessEvents.Crashed(
                                process.now(),
                                process.who(),
                                "ConnectionRefusedError: [Errno 111] Connection refused"));
                return;
            }
            int bytes = getPoetry(process, connected.get());
            Time time = process.now().minus(start);
            print(
                    process,
                    "Task " + task + ": got " + bytes + " bytes of poetry from " + address + " in "
                            + Python.timedelta(time));
            elapsed = elapsed.plus(time);
        }
        print(process, "Got " + ports.size() + " poems in " + Python.timedelta(elapsed));
        process.world().record(new ProcessEvents.Exited(process.now(), process.who()));
    }

    private static int getPoetry(Process process, Connection socket) {
        int poem = 0;
        while (true) {
            process.waitUntil(socket::readable, null);
            Data data = socket.recv(RECV_SIZE);
            if (data.isEmpty()) {
                socket.close();
                return poem;
            }
            poem += data.size();
        }
    }

    static void print(Process process, String line) {
        process.world().record(new ProcessEvents.Printed(process.now(), process.who(), line, false));
    }
}

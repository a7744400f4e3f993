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

    private final Process process;
    private final Network network;
    private final List<Integer> ports;
    private Time elapsed = Time.ZERO;
    private int task;
    private String address;
    private Time started;
    private Connection socket;
    private int poem;

    private BlockingPoetryClient(Process process, Network network, List<Integer> ports) {
        this.process = process;
        this.network = network;
        this.ports = ports;
    }

    /** Starts the client as process {@code who} at {@code start}, fetching from {@code ports} in order. */
    public static void spawn(World world, Network network, String who, Time start, List<Integer> ports) {
        world.spawn(who, start, process -> new BlockingPoetryClient(process, network, ports).nextPoem());
    }

    /** Connects to the next server, or prints the total after the last poem. */
    private void nextPoem() {
        if (task == ports.size()) {
            print(process, "Got " + ports.size() + " poems in " + Python.timedelta(elapsed));
            process.exited();
            return;
        }
        int port = ports.get(task++);
        address = "127.0.0.1:" + port;
        print(process, "Task " + task + ": get poetry from: " + address);
        started = process.now();
        Optional<Connection> connected = network.connect(process.who(), port);
        if (connected.isEmpty()) {
            process.world()
                    .record(new ProcessEvents.Crashed(
                            process.now(), process.who(), "ConnectionRefusedError: [Errno 111] Connection refused"));
            return;
        }
        socket = connected.get();
        poem = 0;
        process.waitUntil(socket::readable, null, this::received);
    }

    /** A blocking {@code recv(1024)} returned: go on reading, or finish this poem at the end. */
    private void received() {
        Data data = socket.recv(RECV_SIZE);
        if (!data.isEmpty()) {
            poem += data.size();
            process.waitUntil(socket::readable, null, this::received);
            return;
        }
        socket.close();
        Time time = process.now().minus(started);
        print(
                process,
                "Task " + task + ": got " + poem + " bytes of poetry from " + address + " in "
                        + Python.timedelta(time));
        elapsed = elapsed.plus(time);
        nextPoem();
    }

    static void print(Process process, String line) {
        process.print(line);
    }
}

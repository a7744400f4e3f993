package deferredsim.core.reactor.scenario;

import deferredsim.core.reactor.execution.ExecutionModel;
import deferredsim.core.reactor.execution.Task;
import deferredsim.core.reactor.net.Poem;
import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.server.ServerSpec;
import deferredsim.core.reactor.server.TransformClientSpec;
import deferredsim.core.reactor.service.TwistdSpec;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code reactor-scenario/1} file: the world of the book's Parts 1–8 as data. Sections, any of
 * which may be combined (each adds processes to one world on one clock):
 *
 * <ul>
 *   <li>{@code execution}: Part 1's tasks and the models to run them with;
 *   <li>{@code servers}: slow poetry servers;
 *   <li>{@code clients}: Part 2's blocking and asynchronous clients;
 *   <li>{@code twistedClient}: the book's Twisted clients 1.0, broken and 2.0 (Parts 4–5);
 *   <li>{@code program}: a Twisted program written in the scenario's little language (Parts 3, 6–8);
 *   <li>{@code twistedServers}: Twisted servers listening with {@code listenTCP} (Parts 11–12);
 *   <li>{@code transformClients}: clients of the transformation server (Part 12);
 *   <li>{@code twistd}: {@code twistd} running a tree of services (Part 16).
 * </ul>
 *
 * <p>Immutable. {@link ReactorScenarioReader} reads valid ones; {@link ReactorSimulation} runs them.
 */
// Its parts name the reactor model's own types (tasks, poems, programs), which stay internal: other
// modules read a reactor scenario only to run it, never to take it apart.
@SuppressWarnings("exports")
public record ReactorScenario(
        String title,
        Time until,
        Optional<Execution> execution,
        List<Server> servers,
        List<Client> clients,
        boolean clientsShareServers,
        Optional<TwistedClient> twistedClient,
        Optional<Program> program,
        List<ServerSpec> twistedServers,
        List<TransformClientSpec> transformClients,
        Optional<TwistdSpec> twistd) {
    public ReactorScenario {
        Objects.requireNonNull(until, "until");
        servers = List.copyOf(servers);
        clients = List.copyOf(clients);
        twistedServers = List.copyOf(twistedServers);
        transformClients = List.copyOf(transformClients);
    }

    /** Part 1: {@code tasks} run by each of {@code models}; the threaded model has {@code cores} CPUs. */
    public record Execution(List<Task> tasks, List<ExecutionModel> models, int cores) {
        public Execution {
            tasks = List.copyOf(tasks);
            models = List.copyOf(models);
        }
    }

    /** A slow poetry server: {@code poem} in {@code chunk}-byte chunks, one every {@code delay}. */
    public record Server(int port, Poem poem, int chunk, Time delay) {}

    /** Part 2's two clients. */
    public enum ClientKind {
        /** {@code blocking-client/get-poetry.py}. */
        BLOCKING("blocking"),
        /** {@code async-client/get-poetry.py}. */
        ASYNC("async");

        private final String word;

        ClientKind(String word) {
            this.word = word;
        }

        /** The word in scenario files. */
        public String word() {
            return word;
        }
    }

    /**
     * A Part 2 client process named {@code name}, fetching from {@code ports}, starting at {@code
     * start}; an async client hangs up on every server after {@code hangUpAfter} (null: never).
     */
    public record Client(String name, ClientKind kind, List<Integer> ports, Time start, Time hangUpAfter) {
        public Client {
            ports = List.copyOf(ports);
        }
    }

    /** The book's Twisted clients of Parts 4 and 5. */
    public enum TwistedVersion {
        /** {@code twisted-client-1/get-poetry.py}. */
        V1_0("1.0"),
        /** {@code twisted-client-1/get-poetry-broken.py}. */
        BROKEN("broken"),
        /** {@code twisted-client-2/get-poetry.py}. */
        V2_0("2.0");

        private final String word;

        TwistedVersion(String word) {
            this.word = word;
        }

        /** The word in scenario files. */
        public String word() {
            return word;
        }
    }

    /**
     * A Twisted client of Parts 4–5: {@code timeout} (1.0 and broken; null for none) gives up on a
     * poem after that long; {@code readSize} (2.0) is the most one read takes.
     */
    public record TwistedClient(TwistedVersion version, List<Integer> ports, Time timeout, int readSize, Time start) {
        public TwistedClient {
            ports = List.copyOf(ports);
        }

        /** Its process name: {@code client 1.0}. */
        public String who() {
            return "client " + version.word();
        }
    }
}

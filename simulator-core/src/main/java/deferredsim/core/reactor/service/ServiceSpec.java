package deferredsim.core.reactor.service;

import deferredsim.core.reactor.net.Poem;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/** One service of a {@code twistd} scenario's tree, as the file gives it. */
public sealed interface ServiceSpec {
    /** Its name, unique in the tree. */
    String name();

    /** A {@code MultiService} holding {@code services}, in order. */
    record Multi(String name, List<ServiceSpec> services) implements ServiceSpec {
        public Multi {
            Objects.requireNonNull(name, "name");
            services = List.copyOf(services);
        }
    }

    /**
     * {@code internet.TCPServer(port, PoetryFactory)}: listens in {@code privilegedStartService};
     * its protocol writes {@code poem} and closes; {@code stopService} stops listening and returns
     * a Deferred fired when the port has closed (the next reactor iteration).
     */
    record TcpServer(String name, int port, Poem poem) implements ServiceSpec {
        public TcpServer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(poem, "poem");
        }
    }

    /** The book's {@code PoetryService}: loads its poem in {@code startService} (a log line). */
    record Poetry(String name, Poem poem) implements ServiceSpec {
        public Poetry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(poem, "poem");
        }
    }

    /**
     * A service whose {@code stopService} takes {@code stopAfter} seconds (null: stops at once),
     * returning a Deferred fired then; with {@code stopFails}, it fails with that message instead
     * (at once: {@code stopService} raises).
     */
    record Custom(String name, Time stopAfter, String stopFails) implements ServiceSpec {
        public Custom {
            Objects.requireNonNull(name, "name");
        }
    }
}

package deferredsim.core.reactor.server;

import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/**
 * A client of Part 12's transformation server, started at {@code start}: it asks the server on
 * {@code port} to apply {@code transform} to {@code poem}, through a Deferred named {@code name}.
 * When {@code sends} is not empty the client writes those raw pieces instead of one netstring,
 * each {@code after} seconds from {@code connectionMade} (to show split, merged or malformed
 * netstrings).
 */
public record TransformClientSpec(
        String name, int port, String transform, String poem, List<RawSend> sends, Time start) {
    public TransformClientSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(poem, "poem");
        Objects.requireNonNull(start, "start");
        sends = List.copyOf(sends);
    }

    /** Raw bytes written {@code after} seconds from {@code connectionMade}. */
    public record RawSend(Time after, String data) {
        public RawSend {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(data, "data");
        }
    }

    /** Its process name: {@code client NAME}. */
    public String who() {
        return "client " + name;
    }
}

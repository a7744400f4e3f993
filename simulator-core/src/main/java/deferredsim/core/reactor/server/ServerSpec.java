package deferredsim.core.reactor.server;

import deferredsim.core.reactor.net.Poem;
import deferredsim.core.time.Time;
import java.util.Objects;

/**
 * One Twisted server of a scenario: its {@code kind}, the {@code port} it listens on from {@code
 * start}, the {@code poem} it serves (fast and slow; null for transform), the slow server's {@code
 * chunk} and {@code delay}, whether its protocol stops the loop in {@code connectionLost} ({@code
 * stopLoopOnLost}), and the most one {@code doRead} reads ({@code readSize}).
 */
public record ServerSpec(
        ServerKind kind, int port, Poem poem, int chunk, Time delay, boolean stopLoopOnLost, int readSize, Time start) {
    public ServerSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (kind != ServerKind.TRANSFORM) {
            Objects.requireNonNull(poem, "poem");
        }
        if (kind == ServerKind.SLOW) {
            Objects.requireNonNull(delay, "delay");
            if (chunk < 1) {
                throw new IllegalArgumentException("a chunk has at least one byte");
            }
        }
    }

    /** Its process name: {@code server 10000}. */
    public String who() {
        return "server " + port;
    }
}

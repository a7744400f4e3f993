package deferredsim.core.testing;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reactor scenarios of {@code examples/reactor} (on the test class path as {@code
 * reactor/NAME.json}) and small queries over their recordings, so self-check tests read as the
 * answers they assert.
 */
public final class ReactorRuns {
    private ReactorRuns() {}

    /** Reads and runs {@code reactor/NAME.json}. */
    public static Recording run(String name) {
        return ReactorSimulation.run(scenario(name));
    }

    /** Reads {@code reactor/NAME.json}. */
    public static ReactorScenario scenario(String name) {
        try {
            return ReactorScenarioReader.read(text(name));
        } catch (ScenarioException broken) {
            throw new IllegalStateException("reactor/" + name + ".json is invalid: " + broken.getMessage(), broken);
        }
    }

    /** The text of {@code reactor/NAME.json}. */
    public static String text(String name) {
        try (InputStream in = ReactorRuns.class.getResourceAsStream("/reactor/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("reactor/" + name + ".json is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** The names (without {@code .json}) of every reactor example, sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(TraceCorpus.resourceDirectory("/reactor"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** The events of type {@code type}, in order. */
    public static <T> List<T> events(Recording recording, Class<T> type) {
        return recording.events().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }

    /** The events of type {@code type} that {@code test} accepts, in order. */
    public static <T> List<T> events(Recording recording, Class<T> type, Predicate<T> test) {
        return events(recording, type).stream().filter(test).collect(Collectors.toList());
    }

    /** The reactor events of process {@code who}. */
    public static List<SimEvent.ReactorEvent> of(Recording recording, String who) {
        return events(recording, SimEvent.ReactorEvent.class, e -> e.who().equals(who));
    }

    /** What process {@code who} printed, line by line, to either stream. */
    public static List<String> printed(Recording recording, String who) {
        return events(recording, ProcessEvents.Printed.class, p -> p.who().equals(who)).stream()
                .map(ProcessEvents.Printed::text)
                .collect(Collectors.toList());
    }

    /** When process {@code who} exited. */
    public static Time exitTime(Recording recording, String who) {
        return events(recording, ProcessEvents.Exited.class, e -> e.who().equals(who)).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " did not exit"))
                .time();
    }

    /** The time {@code seconds}, written as in scenario files ({@code "10.1"}). */
    public static Time seconds(String seconds) {
        return Time.ofSeconds(new BigDecimal(seconds));
    }

    /** The index of the first event {@code test} accepts, or -1. */
    public static int indexOf(Recording recording, Predicate<SimEvent> test) {
        for (int i = 0; i < recording.size(); i++) {
            if (test.test(recording.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

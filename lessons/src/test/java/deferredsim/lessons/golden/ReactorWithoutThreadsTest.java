package deferredsim.lessons.golden;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reactor model runs on the caller's thread alone: every reactor scenario of the repository is
 * run on one thread of this test's while a flight recording watches which threads are started, and
 * which thread started them.
 */
class ReactorWithoutThreadsTest {
    /** When every reactor scenario runs, then no thread is started by the thread running them, and no virtual thread at all. */
    @Test
    void everyReactorScenario_runsWithoutStartingAThread(@TempDir Path temp) throws Exception {
        List<Path> scenarios = ReactorScenarioFiles.all().toList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] events = {0};
        Thread runner = new Thread(
                () -> {
                    try {
                        for (Path scenario : scenarios) {
                            Recording recording = ReactorSimulation.run(ReactorScenarioReader.read(scenario));
                            events[0] += recording.size();
                        }
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "reactor-scenarios");
        Path dump = temp.resolve("threads.jfr");

        try (jdk.jfr.Recording flight = new jdk.jfr.Recording()) {
            flight.enable("jdk.ThreadStart").withStackTrace();
            flight.enable("jdk.VirtualThreadStart");
            flight.start();
            runner.start();
            runner.join();
            flight.stop();
            flight.dump(dump);
        }

        assertThat(failure.get()).isNull();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(70);
        assertThat(events[0]).isPositive();
        List<String> started = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
            if (event.getEventType().getName().equals("jdk.VirtualThreadStart")) {
                started.add("a virtual thread");
            } else if (startedBy(event, runner)) {
                started.add(event.getThread("thread").getJavaName());
            }
        }
        assertThat(started).as("threads started while the scenarios ran").isEmpty();
        assertThat(Files.size(dump)).isPositive();
    }

    private static boolean startedBy(RecordedEvent threadStart, Thread runner) {
        RecordedThread parent = threadStart.getThread("parentThread");
        return parent != null && parent.getJavaThreadId() == runner.threadId();
    }
}

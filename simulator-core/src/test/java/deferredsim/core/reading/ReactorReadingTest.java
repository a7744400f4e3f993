package deferredsim.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.testing.ReactorRuns;
import deferredsim.core.time.Time;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The reading of reactor recordings: every event told, and the timelines the views draw. */
class ReactorReadingTest {
    /** When each reactor example is read, then every event has a sentence and a label. */
    @TestFactory
    Stream<DynamicTest> everyExample_everyEventIsTold() {
        return ReactorRuns.names().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Reading reading = Reading.of(ReactorRuns.run(name));
                    assertThat(reading.reactor().isEmpty()).isFalse();
                    for (int i = 0; i < reading.size(); i++) {
                        assertThat(reading.sentence(i)).isNotBlank().doesNotContain("null");
                        assertThat(reading.label(i)).isNotBlank();
                    }
                }));
    }

    /** When Part 1's models run, then each has its lanes and totals: the asynchronous one finishes first. */
    @Test
    void executionModels_haveLanesAndTotals() {
        ReactorReading reactor =
                Reading.of(ReactorRuns.run("part1-1-tasks-that-wait")).reactor();

        assertThat(reactor.models()).extracting(ReactorReading.Model::who).contains("synchronous", "asynchronous");
        ReactorReading.Model async = reactor.models().stream()
                .filter(m -> m.who().equals("asynchronous"))
                .findFirst()
                .orElseThrow();
        ReactorReading.Model sync = reactor.models().stream()
                .filter(m -> m.who().equals("synchronous"))
                .findFirst()
                .orElseThrow();
        assertThat(async.lanes()).isNotEmpty();
        assertThat(async.totals().total()).isLessThan(sync.totals().total());
    }

    /** When a blocking callback delays a timer, then the timer runs late and the reactor's thread shows the block. */
    @Test
    void blockedReactor_timerRunsLate() {
        Recording recording = ReactorRuns.run("part3-3-blocking-callback-delays-timer");
        ReactorReading reactor = Reading.of(recording).reactor();

        assertThat(reactor.timers()).anyMatch(t -> t.late().compareTo(Time.ZERO) > 0);
        assertThat(reactor.threads()).anyMatch(t -> !t.blocks().isEmpty());
    }

    /** When a process is blocked by a sleep, then its snapshot in the middle says blocked, by what and until when. */
    @Test
    void processSnapshot_whileBlocked_saysByWhatAndUntil() {
        Recording recording = ReactorRuns.run("part8-1-defer-block");
        Reading reading = Reading.of(recording);
        ReactorReading.ThreadTimeline thread = reading.reactor().threads().get(0);
        ReactorReading.Span block = thread.blocks().get(0);

        ReactorReading.ProcessSnapshot during = reading.reactor().process(thread.who(), Playhead.after(block.index()));

        assertThat(during.phase()).isEqualTo(ReactorReading.ProcessPhase.BLOCKED);
        assertThat(during.blockedBy()).isEqualTo(block.what());
    }

    /** When a reactor program also makes Deferreds, then each reactor event belongs to its process and the Deferred events to none. */
    @Test
    void processOf_namesTheProcessOfReactorEventsOnly() {
        Reading reading = Reading.of(ReactorRuns.run("part8-1-defer-block"));

        for (int i = 0; i < reading.size(); i++) {
            if (reading.event(i) instanceof SimEvent.ReactorEvent event) {
                assertThat(reading.reactor().processOf(i)).as("event %d", i).contains(event.who());
            } else {
                assertThat(reading.reactor().processOf(i)).as("event %d", i).isEmpty();
            }
        }
        assertThat(IntStream.range(0, reading.size())
                        .filter(i -> reading.reactor().processOf(i).isEmpty()))
                .isNotEmpty();
    }
}

package deferredsim.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.testing.ReactorRuns;
import org.junit.jupiter.api.Test;

/** The reactor reading's servers, wake-ups, phases, triggers, calls, prints, errors and endings: what a view draws for Parts 2 to 8. */
class ReactorPartsReadingTest {
    /** When Part 2's servers run, then each is read with its poem, its accepts and the bytes it sent, and the async client's select wakes up. */
    @Test
    void bookServers_areReadWithTheirSendsAndTheClientsWakeUps() {
        ReactorReading reactor =
                Reading.of(ReactorRuns.run("part2-1-book-servers")).reactor();

        assertThat(reactor.servers()).hasSize(6);
        ReactorReading.Server first = reactor.servers().get(0);
        assertThat(first.port()).isEqualTo(10000);
        assertThat(first.poem()).isEqualTo("ecstasy");
        assertThat(first.accepts()).isNotEmpty();
        assertThat(first.sends().stream().mapToInt(ReactorReading.Send::bytes).sum())
                .isEqualTo(first.bytes());
        assertThat(reactor.wakes()).allMatch(w -> w.who().equals("async")).isNotEmpty();
    }

    /** When twistd stops its service tree (Part 16), then its server is read with the event that closed its listening port. */
    @Test
    void stoppedService_serverKnowsWhenItsPortClosed() {
        Reading reading = Reading.of(ReactorRuns.run("part16-1-start-stop-order"));

        ReactorReading.Server server = reading.reactor().servers().get(0);

        assertThat(server.port()).isEqualTo(10000);
        assertThat(server.stoppedIndex()).isPositive();
        assertThat(reading.event(server.stoppedIndex()))
                .isInstanceOf(deferredsim.core.reactor.event.NetworkEvents.PortClosed.class);
        assertThat(Reading.of(ReactorRuns.run("part2-1-book-servers")).reactor().servers())
                .allSatisfy(s -> assertThat(s.stoppedIndex()).isEqualTo(-1));
    }

    /** When Part 3's countdowns run, then the reactor's start, its startup triggers, the calls and the prints are read in order. */
    @Test
    void countdowns_phasesTriggersCallsAndPrints() {
        ReactorReading reactor =
                Reading.of(ReactorRuns.run("part3-1-three-countdowns")).reactor();

        assertThat(reactor.phaseChanges())
                .extracting(ReactorReading.PhaseChange::phase)
                .startsWith(ReactorPhase.RUNNING)
                .contains(ReactorPhase.STOPPED);
        assertThat(reactor.triggers())
                .extracting(ReactorReading.Trigger::call)
                .containsExactly("A.count", "B.count", "C.count");
        assertThat(reactor.calls()).extracting(ReactorReading.Call::function).contains("A.count", "B.count", "C.count");
        assertThat(reactor.printLines()).extracting(ReactorReading.Print::text).startsWith("Start!");
        assertThat(reactor.endings())
                .extracting(ReactorReading.Ending::phase)
                .contains(ReactorReading.ProcessPhase.EXITED);
    }

    /** When an exception escapes a callback without stopping the reactor, then it is read as a logged problem. */
    @Test
    void exceptionWithoutStop_isALoggedProblem() {
        ReactorReading reactor =
                Reading.of(ReactorRuns.run("part3-2-exception-without-stop")).reactor();

        assertThat(reactor.problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.error()).isNotBlank());
    }

    /** When a process is held by a sleep, then its status says by what and until when; at the end it has exited. */
    @Test
    void processStatus_whileBlockedAndAtTheEnd() {
        Reading reading = Reading.of(ReactorRuns.run("part8-1-defer-block"));
        ReactorReading.ThreadTimeline thread = reading.reactor().threads().get(0);
        ReactorReading.Span block = thread.blocks().get(0);

        assertThat(reading.reactor()
                        .process(thread.who(), Playhead.after(block.index()))
                        .status())
                .isEqualTo("blocked by " + block.what() + " until t=" + block.until());
        assertThat(reading.reactor().process(thread.who(), reading.end()).status())
                .isEqualTo("exited");
        assertThat(reading.reactor().process(thread.who(), Playhead.START).status())
                .isEqualTo("not started");
    }
}

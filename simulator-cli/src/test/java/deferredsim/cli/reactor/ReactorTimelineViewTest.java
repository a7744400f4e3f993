package deferredsim.cli.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.Recording;
import deferredsim.core.testing.ReactorRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text timelines of reactor scenarios, whole and stepped. */
class ReactorTimelineViewTest {
    private static final ReactorTimelineView VIEW =
            ReactorTimelineView.builder().width(100).build();

    // If Part 1's scenario is drawn, then each model's lanes show its tasks' CPU, waits, readiness and idle time with
    // its totals.
    @Test
    void render_part1_lanesAndTotals() {
        List<String> lines = VIEW.render(ReactorRuns.run("part1-1-tasks-that-wait"));

        assertThat(lines)
                .containsSubsequence(
                        "synchronous   total 15 s   CPU 6 s   idle 9 s",
                        "  main          |AAAAA...............AAAAABBBBB...............BBBBBCCCCC...............CCCCC",
                        "threaded   total 5 s   CPU 6 s   idle 3 s",
                        "  A             |AAAAA...............AAAAA",
                        "asynchronous   total 7 s   CPU 6 s   idle 1 s",
                        "  main          |AAAAABBBBBCCCCC-----AAAAABBBBBCCCCC",
                        "  A             |     ...............",
                        "  B             |~~~~~     ...............",
                        "  C             |~~~~~~~~~~     ...............");
    }

    // If twistd serves a client and stops its service (Part 16), then the server's chart shows the sends while its port
    // listens, and where it stopped listening; the log leaves the sends to the chart, as it says.
    @Test
    void render_part16_serverSendsUntilItStopsListening() {
        List<String> lines = VIEW.render(ReactorRuns.run("part16-1-start-stop-order"));

        int chart = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("-- bytes sent"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.get(chart + 2)).isEqualTo("twistd");
        assertThat(lines.get(chart + 3))
                .startsWith("  :10000        |---")
                .contains("#")
                .endsWith("-|");
        assertThat(lines.get(chart + 4)).isEqualTo(ServerChart.LEGEND);
        assertThat(lines).contains("-- log (sends, reads and wake-ups are in the charts) --");
    }

    // If the view is asked for an earlier event, then bars stop at that event's time and unfinished models say so.
    @Test
    void render_atAnEarlierEvent_drawsOnlyWhatHappenedSoFar() {
        Recording recording = ReactorRuns.run("part1-1-tasks-that-wait");
        int index = ReactorRuns.indexOf(recording, e -> e.time().equals(deferredsim.core.time.Time.ofSeconds(4)));

        List<String> lines = VIEW.render(recording, index);

        assertThat(lines.get(0)).isEqualTo("t = 4 s   event " + (index + 1) + " of " + recording.size());
        assertThat(lines)
                .contains(
                        "synchronous   running...",
                        "  main          |AAAAA...............",
                        "  main          |AAAAABBBBBCCCCC-----");
        assertThat(lines.get(lines.size() - 1)).startsWith(">      4");
    }

    // If Part 2's clients are drawn, then the blocking client's rows follow one another and the async client's overlap.
    @Test
    void render_part2_arrivalsSequentialAgainstInterleaved() {
        List<String> lines = VIEW.render(ReactorRuns.run("part2-1-book-servers"));

        assertThat(lines)
                .containsSubsequence(
                        "blocking   done at 23 s",
                        "  c1 :10000     |#####################",
                        "  c5 :10001     |                    #############",
                        "  c6 :10002     |                                ##############",
                        "async   done at 10.1 s",
                        "  c2 :10000     |#####################",
                        "  c3 :10001     |#############",
                        "  c4 :10002     |##############");
    }

    // If a second blocking client waits in the server's queue, then its row shows the connection open but nothing read
    // until 6.3 s.
    @Test
    void render_part2_queuedClientWaits() {
        assertThat(VIEW.render(ReactorRuns.run("part2-3-two-blocking-clients")))
                .contains("  c2 :10001     |-------------------------------################################");
    }

    // If a callback blocks the reactor, then the thread row is full and the late timer shows where it was due and where
    // it ran.
    @Test
    void render_part8_lateTimerBehindABlockedThread() {
        List<String> lines = VIEW.render(ReactorRuns.run("part8-1-defer-block"));

        assertThat(lines)
                .contains(
                        "  thread        |##########################################################",
                        "  timers        |     v                                                   !");
        assertThat(lines).anyMatch(line -> line.endsWith("timer #1 tick runs, 10.5 s late (due at 1)"));
    }

    // If protocol callbacks run, then the log shows them in Twisted's order, indented by call depth (connectionLost is
    // called by the reactor after doRead has returned, so one level up from dataReceived).
    @Test
    void render_part5_protocolCallsIndented() {
        List<String> lines = VIEW.render(ReactorRuns.run("part5-3-merged-chunks"));

        assertThat(lines)
                .containsSubsequence(
                        "       0  client 2.0     -> PoetryProtocol.makeConnection('<c1>')",
                        "       0  client 2.0       -> PoetryProtocol.connectionMade()",
                        "       0  client 2.0     -> PoetryProtocol.dataReceived('abcdef')",
                        "       0  client 2.0   -> PoetryProtocol.connectionLost('ConnectionDone*')",
                        "       0  client 2.0     -> PoetryProtocol.poemReceived('abcdef')");
    }

    // If a reactor callback raises and nothing stops the reactor, then the log shows the logged error and the endless
    // wait.
    @Test
    void render_part3_loggedErrorThenIdleForever() {
        List<String> lines = VIEW.render(ReactorRuns.run("part3-2-exception-without-stop"));

        assertThat(lines)
                .containsSubsequence(
                        "       0  program  Unhandled Error in falldown: Exception: I fall down.  (logged; the loop"
                                + " goes on)",
                        "       0  program  print: But I get up again.",
                        ">      0  program  the reactor waits in select for ever: nothing can wake it");
    }

    // If every example is drawn at every width from 40, then no line is wider than asked, and drawing twice gives the
    // same text.
    @Test
    void render_everyExample_fitsTheWidthAndIsPure() {
        for (String name : ReactorRuns.names()) {
            Recording recording = ReactorRuns.run(name);
            for (int width : new int[] {40, 80, 132}) {
                ReactorTimelineView view =
                        ReactorTimelineView.builder().width(width).build();
                List<String> lines = view.render(recording);
                assertThat(lines).as(name + " at " + width).allMatch(line -> line.length() <= width);
                assertThat(view.render(recording)).isEqualTo(lines);
            }
        }
    }

    // If the log is limited, then only its last lines are shown; with details, reads and wake-ups are listed too.
    @Test
    void render_logLinesAndDetails() {
        Recording recording = ReactorRuns.run("part5-split-chunks");
        List<String> full = ReactorTimelineView.builder().build().render(recording);
        List<String> last3 = ReactorTimelineView.builder().logLines(3).build().render(recording);
        List<String> detailed =
                ReactorTimelineView.builder().details(true).build().render(recording);

        assertThat(last3.subList(last3.size() - 3, last3.size())).isEqualTo(full.subList(full.size() - 3, full.size()));
        assertThat(last3.size()).isLessThan(full.size());
        assertThat(detailed).anyMatch(line -> line.endsWith("recv on c1: 2 bytes 'ab'"));
        assertThat(full).noneMatch(line -> line.endsWith("recv on c1: 2 bytes 'ab'"));
        assertThat(recording.events()).anyMatch(ReactorEvents.Wake.class::isInstance);
    }

    // If the width is below 40 columns, then the builder refuses it.
    @Test
    void width_belowForty_isRefused() {
        assertThatThrownBy(() -> ReactorTimelineView.builder().width(39)).isInstanceOf(IllegalArgumentException.class);
    }
}

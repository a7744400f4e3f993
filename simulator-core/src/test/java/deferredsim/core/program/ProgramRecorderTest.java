package deferredsim.core.program;

import static deferredsim.core.testing.TwistedPython.record;
import static deferredsim.core.testing.TwistedPython.trace;
import static deferredsim.core.testing.TwistedPython.untimed;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.TwistedPython;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording small Twisted programs written for these tests, one kind of event each, and checking
 * the recording's canonical trace against what the program observably did (what it printed, and
 * what Twisted 22.4 does). Skipped, saying what to install, where Python or Twisted is missing.
 */
// First of the module's classes (junit-platform.properties orders classes by @Order): it spends most of its
// time waiting on Python, so it starts at once and the other test thread runs the rest beside it.
@Order(1)
class ProgramRecorderTest {
    @TempDir
    Path dir;

    // If a chain's callback raises and a later errback recovers, then the trace shows each stage's input and output,
    // the raised error as Type(message)*.
    @Test
    void record_callbackRaisesAndErrbackRecovers_traceFollowsTheChain() throws Exception {
        ProgramRun run = record(dir, "chain.py", """
            from twisted.internet.defer import Deferred

            def twice(n):
                return n * 2

            def refuse(n):
                raise KeyError(n)

            def recover(failure):
                return "recovered"

            order = Deferred()
            order.addCallback(twice)
            order.addCallback(refuse)
            order.addErrback(recover)
            order.addCallbacks(str.upper, print)
            order.callback(4)
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"order\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"4\"}",
                        "{\"d\":\"order\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"4\",\"out\":\"8\"}",
                        "{\"d\":\"order\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\",\"in\":\"8\","
                                + "\"out\":\"KeyError(8)*\"}",
                        "{\"d\":\"order\",\"event\":\"run\",\"stage\":2,\"side\":\"errback\",\"in\":\"KeyError(8)*\","
                                + "\"out\":\"recovered\"}",
                        "{\"d\":\"order\",\"event\":\"run\",\"stage\":3,\"side\":\"callback\",\"in\":\"recovered\","
                                + "\"out\":\"RECOVERED\"}",
                        "{\"d\":\"order\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"RECOVERED\","
                                + "\"unhandled\":false}");
        assertThat(run.ending().complete()).isTrue();
        assertThat(run.ending().status()).isZero();
        assertThat(run.program().virtualClock()).isFalse();
    }

    // If a chain ends on a failure nobody handled, then the result says unhandled, as Twisted's log would.
    @Test
    void record_failureLeftUnhandled_resultIsUnhandled() throws Exception {
        ProgramRun run = record(dir, "unhandled.py", """
            from twisted.internet.defer import Deferred
            job = Deferred()
            job.errback(Exception("no luck"))
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"job\",\"event\":\"fire\",\"method\":\"errback\",\"value\":\"no luck\"}",
                        "{\"d\":\"job\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"no luck*\","
                                + "\"unhandled\":true}");
    }

    // If a fired deferred is fired again, then the trace shows the second fire and AlreadyCalledError, and the
    // program's traceback is kept in the recording's output.
    @Test
    void record_firedTwice_alreadyCalledError() throws Exception {
        ProgramRun run = record(dir, "twice.py", """
            from twisted.internet.defer import Deferred
            ping = Deferred()
            ping.addBoth(lambda r: "seen")
            ping.callback("first")
            ping.callback("second")
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"ping\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"first\"}",
                        "{\"d\":\"ping\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"first\","
                                + "\"out\":\"seen\"}",
                        "{\"d\":\"ping\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"second\"}",
                        "{\"d\":\"ping\",\"event\":\"error\",\"error\":\"AlreadyCalledError\"}",
                        "{\"d\":\"ping\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"seen\","
                                + "\"unhandled\":false}");
        assertThat(run.ending().status()).isEqualTo(1);
        assertThat(run.output()).anyMatch(line -> line.contains("AlreadyCalledError"));
    }

    // If a callback returns a deferred that a task.Clock fires later, then the outer chain waits and resumes with
    // its result at the clock's time, and the inner one keeps None.
    @Test
    void record_innerDeferredOnATaskClock_outerWaitsAndResumesOnTheVirtualClock() throws Exception {
        ProgramRun run = record(dir, "inner.py", """
            from twisted.internet import task
            from twisted.internet.defer import Deferred

            clock = task.Clock()
            fetched = Deferred()

            def fetch(url):
                clock.callLater(3, fetched.callback, "page of " + url)
                return fetched

            page = Deferred()
            page.addCallback(fetch)
            page.addCallback(len)
            page.callback("home")
            clock.advance(1)
            print("still waiting")
            clock.advance(2)
            """);

        assertThat(trace(run))
                .containsExactly(
                        "{\"t\":0,\"d\":\"page\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"home\"}",
                        "{\"t\":0,\"d\":\"page\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"home\","
                                + "\"out\":\"<fetched>\"}",
                        "{\"t\":3,\"d\":\"fetched\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"page of"
                                + " home\"}",
                        "{\"t\":3,\"d\":\"page\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\","
                                + "\"in\":\"page of home\",\"out\":\"12\"}",
                        "{\"t\":3,\"d\":\"fetched\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"None\","
                                + "\"unhandled\":false}",
                        "{\"t\":3,\"d\":\"page\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"12\","
                                + "\"unhandled\":false}");
        assertThat(run.program().virtualClock()).isTrue();
        assertThat(run.output()).containsExactly("still waiting");
    }

    // If a deferred is paused before it fires, then its callbacks run only after unpause.
    @Test
    void record_pauseThenUnpause_callbacksRunAfterUnpause() throws Exception {
        ProgramRun run = record(dir, "pause.py", """
            from twisted.internet.defer import Deferred
            gate = Deferred()
            gate.addCallback(lambda text: text + "?")
            gate.pause()
            gate.callback("open")
            gate.unpause()
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"gate\",\"event\":\"pause\"}",
                        "{\"d\":\"gate\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"open\"}",
                        "{\"d\":\"gate\",\"event\":\"unpause\"}",
                        "{\"d\":\"gate\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"open\","
                                + "\"out\":\"open?\"}",
                        "{\"d\":\"gate\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"open?\","
                                + "\"unhandled\":false}");
    }

    // If a deferred without a canceller is cancelled, then it fails with CancelledError.
    @Test
    void record_cancelWithoutCanceller_errbacksWithCancelledError() throws Exception {
        ProgramRun run = record(dir, "cancel.py", """
            from twisted.internet.defer import Deferred
            request = Deferred()
            request.addErrback(lambda failure: "gave up")
            request.cancel()
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"request\",\"event\":\"cancel\"}",
                        "{\"d\":\"request\",\"event\":\"run\",\"stage\":0,\"side\":\"errback\","
                                + "\"in\":\"CancelledError*\",\"out\":\"gave up\"}",
                        "{\"d\":\"request\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"gave up\","
                                + "\"unhandled\":false}");
    }

    // If a deferred's canceller fires it, then cancel leads to that fire and no CancelledError.
    @Test
    void record_cancelWithACallingCanceller_firesWithTheCancellersValue() throws Exception {
        ProgramRun run = record(dir, "canceller.py", """
            from twisted.internet.defer import Deferred

            def hang_up(call):
                call.callback("hung up")

            call = Deferred(hang_up)
            call.addCallback(lambda v: v + " politely")
            call.cancel()
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"call\",\"event\":\"cancel\"}",
                        "{\"d\":\"call\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"hung up\"}",
                        "{\"d\":\"call\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"hung up\","
                                + "\"out\":\"hung up politely\"}",
                        "{\"d\":\"call\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"hung up politely\","
                                + "\"unhandled\":false}");
    }

    // If a DeferredList gathers a success and a consumed failure, then its callback gets (True, a), (False, b*) and
    // the failed member keeps None.
    @Test
    void record_deferredList_resultListsEachMember() throws Exception {
        ProgramRun run = record(dir, "dlist.py", """
            from twisted.internet.defer import Deferred, DeferredList
            left = Deferred()
            right = Deferred()
            both = DeferredList([left, right], consumeErrors=True)
            both.addCallback(lambda results: len(results))
            right.errback(Exception("broken"))
            left.callback("fine")
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"right\",\"event\":\"fire\",\"method\":\"errback\",\"value\":\"broken\"}",
                        "{\"d\":\"left\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"fine\"}",
                        "{\"d\":\"both\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\","
                                + "\"in\":\"[(True, fine), (False, broken*)]\",\"out\":\"2\"}",
                        "{\"d\":\"left\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"fine\","
                                + "\"unhandled\":false}",
                        "{\"d\":\"right\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"None\","
                                + "\"unhandled\":false}",
                        "{\"d\":\"both\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"2\","
                                + "\"unhandled\":false}");
    }

    // If gatherResults collects two values, then its callback gets them as a list in the members' order.
    @Test
    void record_gatherResults_resultIsTheValuesInOrder() throws Exception {
        ProgramRun run = record(dir, "gather.py", """
            from twisted.internet.defer import Deferred, gatherResults
            north = Deferred()
            south = Deferred()
            everything = gatherResults([north, south])
            everything.addCallback(print)
            south.callback("S")
            north.callback("N")
            """);

        assertThat(untimed(run))
                .contains("{\"d\":\"everything\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\","
                        + "\"in\":\"[N, S]\",\"out\":\"None\"}");
        assertThat(run.output()).containsExactly("['N', 'S']");
    }

    // If an inlineCallbacks generator waits on two timed deferreds, then it resumes once for each, at the clock's
    // times, with what each delivered.
    @Test
    void record_inlineCallbacksWithTaskClock_resumesAtEachYield() throws Exception {
        ProgramRun run = record(dir, "inline.py", """
            from twisted.internet import task
            from twisted.internet.defer import Deferred, inlineCallbacks

            clock = task.Clock()

            def after(seconds, value):
                waiting = Deferred()
                clock.callLater(seconds, waiting.callback, value)
                return waiting

            @inlineCallbacks
            def cook():
                dough = yield after(2, "dough")
                bread = yield after(5, dough + " baked")
                return bread

            meal = cook()
            meal.addCallback(print)
            clock.advance(2)
            clock.advance(5)
            """);

        assertThat(trace(run))
                .contains(
                        "{\"t\":2,\"d\":\"meal\",\"event\":\"resume\",\"step\":0,\"in\":\"dough\"}",
                        "{\"t\":7,\"d\":\"meal\",\"event\":\"resume\",\"step\":1,\"in\":\"dough baked\"}",
                        "{\"t\":7,\"d\":\"meal\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\","
                                + "\"in\":\"dough baked\",\"out\":\"None\"}");
        assertThat(run.output()).containsExactly("dough baked");
    }

    // If a program calls callLater on a task.Clock and advances past several calls at once, then its recording is on
    // the virtual clock, and each fire is at the time its call was due.
    @Test
    void record_callLaterOnTaskClock_firesAtTheScheduledTimes() throws Exception {
        ProgramRun run = record(dir, "timers.py", """
            from twisted.internet import task
            from twisted.internet.defer import Deferred
            clock = task.Clock()
            soon = Deferred()
            later = Deferred()
            clock.callLater(1.5, soon.callback, "soon")
            clock.callLater(4, later.callback, "later")
            clock.advance(10)
            """);

        assertThat(trace(run))
                .containsSubsequence(
                        "{\"t\":1.5,\"d\":\"soon\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"soon\"}",
                        "{\"t\":4,\"d\":\"later\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"later\"}");
        assertThat(run.program().virtualClock()).isTrue();
    }

    // If a callback is added where the program is written, then the recording names the source line of each event
    // and keeps the script's text for the code pane.
    @Test
    void record_anyScript_keepsItsSourceAndLines() throws Exception {
        ProgramRun run = record(dir, "lines.py", """
            from twisted.internet.defer import Deferred
            d = Deferred()
            d.addCallback(lambda v: v)
            d.callback("x")
            """);

        assertThat(run.code().files().get(0).lines()).hasSize(4);
        assertThat(run.code().files().get(0).line(2)).isEqualTo("d = Deferred()");
        assertThat(run.code().lineOf(0)).contains(new deferredsim.core.code.SourceLine(0, 2));
    }

    // If a canceller cancels the delayed call that would have fired its deferred, then the program behaves as without
    // the recorder: the deferred (named where it was made) fails with CancelledError, and the call never runs.
    @Test
    void record_cancellerCancelsItsDelayedCall_deferredFailsWithCancelledError() throws Exception {
        ProgramRun run = record(dir, "stop-timer.py", """
            from twisted.internet import task
            from twisted.internet.defer import Deferred
            clock = task.Clock()

            def fetch():
                def give_up(poem):
                    pending.cancel()
                poem = Deferred(give_up)
                pending = clock.callLater(5, poem.callback, "too late")
                return poem

            answer = fetch()
            answer.addErrback(lambda failure: failure.type.__name__)
            clock.callLater(1, answer.cancel)
            clock.advance(1)
            clock.advance(10)
            print(clock.getDelayedCalls())
            """);

        assertThat(trace(run))
                .containsExactly(
                        "{\"t\":1,\"d\":\"poem\",\"event\":\"cancel\"}",
                        "{\"t\":1,\"d\":\"poem\",\"event\":\"run\",\"stage\":0,\"side\":\"errback\","
                                + "\"in\":\"CancelledError*\",\"out\":\"CancelledError\"}",
                        "{\"t\":11,\"d\":\"poem\",\"event\":\"result\",\"state\":\"fired\","
                                + "\"value\":\"CancelledError\",\"unhandled\":false}");
        assertThat(run.output()).containsExactly("[]");
        assertThat(run.ending().status()).isZero();
    }

    // If a client fetches a poem from a slow server the script starts on loopback, with the real reactor, then the
    // deferred the client returned fires once with the whole poem, on the real clock, and the chain runs on it.
    @Test
    void record_poetryClientOnLoopback_deferredFiresWithThePoem() throws Exception {
        ProgramRun run = record(dir, "poetry.py", """
            from twisted.internet import protocol, reactor
            from twisted.internet.defer import Deferred

            POEM = b"slow words\\narrive one by one\\n"

            class SlowReader(protocol.Protocol):
                def connectionMade(self):
                    self.sent = 0
                    self.send_some()

                def send_some(self):
                    if self.sent >= len(POEM):
                        self.transport.loseConnection()
                        return
                    self.transport.write(POEM[self.sent:self.sent + 8])
                    self.sent += 8
                    reactor.callLater(0.05, self.send_some)

            class PoemClient(protocol.Protocol):
                def connectionMade(self):
                    self.parts = []

                def dataReceived(self, data):
                    self.parts.append(data)

                def connectionLost(self, reason):
                    self.factory.done(b"".join(self.parts).decode())

            class PoemClientFactory(protocol.ClientFactory):
                protocol = PoemClient

                def __init__(self, poem):
                    self.poem = poem

                def done(self, text):
                    self.poem.callback(text)

                def clientConnectionFailed(self, connector, reason):
                    self.poem.errback(reason)

            def get_poem(port):
                poem = Deferred()
                reactor.connectTCP("127.0.0.1", port, PoemClientFactory(poem))
                return poem

            server = reactor.listenTCP(0, protocol.Factory.forProtocol(SlowReader), interface="127.0.0.1")
            lines = get_poem(server.getHost().port)
            lines.addCallback(lambda text: text.count("\\n"))
            lines.addBoth(print)
            lines.addBoth(lambda _: reactor.stop())
            reactor.run()
            """);

        assertThat(untimed(run))
                .containsExactly(
                        "{\"d\":\"poem\",\"event\":\"fire\",\"method\":\"callback\","
                                + "\"value\":\"slow words\\narrive one by one\\n\"}",
                        "{\"d\":\"poem\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\","
                                + "\"in\":\"slow words\\narrive one by one\\n\",\"out\":\"2\"}",
                        "{\"d\":\"poem\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\",\"in\":\"2\","
                                + "\"out\":\"None\"}",
                        "{\"d\":\"poem\",\"event\":\"run\",\"stage\":2,\"side\":\"callback\","
                                + "\"in\":\"None\",\"out\":\"None\"}",
                        "{\"d\":\"poem\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"None\","
                                + "\"unhandled\":false}");
        assertThat(run.program().virtualClock()).isFalse();
        assertThat(run.output()).containsExactly("2");
        assertThat(run.recording().events()).anyMatch(e -> e.time().compareTo(deferredsim.core.time.Time.ZERO) > 0);
    }

    // If the program runs past the time limit, then it is stopped, and what happened before is kept.
    @Test
    void record_programPastTheTimeLimit_stoppedAndKeepsEarlierEvents() throws Exception {
        ProgramRun run = record(dir, "forever.py", """
            import time
            from twisted.internet.defer import Deferred
            early = Deferred()
            early.callback("before the loop")
            while True:
                time.sleep(0.05)
            """, limitPastStartUp(), 1000);

        assertThat(run.ending().how()).isEqualTo(ProgramRun.How.TIME_LIMIT);
        assertThat(untimed(run))
                .contains("{\"d\":\"early\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"before the loop\"}");
        assertThat(run.ending().sentence()).contains("time limit", "keeps what happened");
    }

    // If the program makes more events than the cap, then it is stopped at the cap, keeping the first ones.
    @Test
    void record_moreEventsThanTheCap_stoppedAtTheCap() throws Exception {
        ProgramRun run = record(dir, "many.py", """
            from twisted.internet.defer import Deferred
            for i in range(1000):
                Deferred().callback(i)
            """, Duration.ofSeconds(30), 50);

        assertThat(run.ending().how()).isEqualTo(ProgramRun.How.EVENT_LIMIT);
        assertThat(untimed(run).stream().filter(line -> line.contains("\"event\":\"fire\"")))
                .hasSizeBetween(1, 50);
    }

    // If the recording is interrupted (Ctrl-C), then the program stops and what happened before is kept.
    @Test
    void interrupt_whileTheProgramRuns_keepsWhatWasRecorded() throws Exception {
        PythonFinder.Found python = TwistedPython.require();
        Path script = TwistedPython.write(dir, "waits.py", """
            import time
            from twisted.internet.defer import Deferred
            first = Deferred()
            first.callback("kept")
            print("ready", flush=True)
            while True:
                time.sleep(0.05)
            """);
        ProgramRecorder[] recorder = new ProgramRecorder[1];
        recorder[0] = ProgramRecorder.start(
                new ProgramRecorder.Options(
                        script, List.of(), Duration.ofSeconds(30), 1000, ProgramRecorder.DEFAULT_MAX_OUTPUT, false),
                python,
                chunk -> {
                    if (chunk.contains("ready")) {
                        recorder[0].interrupt(true);
                    }
                },
                chunk -> {});

        ProgramRun run = recorder[0].finish().run();

        assertThat(run.ending().how()).isEqualTo(ProgramRun.How.INTERRUPTED);
        assertThat(run.ending().seconds()).isLessThan(20);
        assertThat(untimed(run))
                .contains("{\"d\":\"first\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"kept\"}");
    }

    // If the Python named does not exist, then the finder says so and names the package to install.
    @Test
    void find_missingPython_saysWhatToInstall() {
        PythonFinder.Found found =
                PythonFinder.find(java.util.Optional.of(dir.resolve("no-python").toString()));

        assertThat(found.ok()).isFalse();
        assertThat(found.problem()).contains("python3-twisted", "--python");
    }

    /**
     * A time limit that a program reaches only after Python and Twisted have started: 3 s, or three
     * times what a program that only imports Twisted takes here, when that is longer (a loaded
     * machine can take more than 3 s to start Python and import Twisted, and a limit reached during
     * the imports would leave nothing to keep).
     */
    private Duration limitPastStartUp() throws Exception {
        long started = System.nanoTime();
        ProgramRun startUp = record(dir, "start-up.py", """
            from twisted.internet.defer import Deferred
            """);
        assertThat(startUp.ending().complete()).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Duration threeTimes = took.multipliedBy(3);
        return threeTimes.compareTo(Duration.ofSeconds(3)) > 0 ? threeTimes : Duration.ofSeconds(3);
    }
}

package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.trace.TraceWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program of a reactor scenario as a Twisted module, and the line of each event of its run. */
class ReactorPythonTest {
    private static ReactorScenario scenario(String json) throws Exception {
        return ReactorScenarioReader.read(json);
    }

    /** Each event's trace line with the text of its code line, or "-" for none. */
    private static List<String> mapped(ReactorScenario scenario) {
        Recording recording = ReactorSimulation.run(scenario);
        CodeListing code = ReactorPython.of(scenario, recording);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < recording.size(); i++) {
            String line = code.lineOf(i).map(code::text).orElse("-");
            out.add(line + "  <=  "
                    + (recording.events().get(i).inTrace()
                            ? TraceWriter.line(recording.events().get(i))
                            : recording.events().get(i).toString()));
        }
        return out;
    }

    /** The code line of the first event whose trace line contains {@code traceText}. */
    private static String lineOfFirst(List<String> mapped, String traceText) {
        return mapped.stream()
                .filter(line -> line.substring(line.indexOf("  <=  ")).contains(traceText))
                .findFirst()
                .map(line -> line.substring(0, line.indexOf("  <=  ")))
                .orElseThrow(() -> new AssertionError("no event with " + traceText + " in " + mapped));
    }

    private static final String BLOCKING = """
        {"format": "reactor-scenario/1", "title": "a blocking callback",
         "program": {
          "main": ["reactor.callLater 1 tick", "reactor.callWhenRunning hog", "reactor.run", "print done"],
          "functions": {
           "hog": ["print hogging", "time.sleep 3", "print done hogging"],
           "tick": ["print tick", "reactor.stop"]
          }}}\
        """;

    // If a program has functions and main statements, then the module imports what it uses, defines each function
    // and runs main at module level, one line per statement.
    @Test
    void lines_functionsAndMain_writeTheModule() throws Exception {
        assertThat(ReactorPython.lines(scenario(BLOCKING)))
                .containsExactly(
                        "# a blocking callback",
                        "# The scenario's program as a Twisted module: what the simulator runs.",
                        "import time",
                        "",
                        "from twisted.internet import reactor",
                        "",
                        "",
                        "def hog():",
                        "    print(\"hogging\")",
                        "    time.sleep(3)",
                        "    print(\"done hogging\")",
                        "",
                        "",
                        "def tick():",
                        "    print(\"tick\")",
                        "    reactor.stop()",
                        "",
                        "",
                        "reactor.callLater(1, tick)",
                        "reactor.callWhenRunning(hog)",
                        "reactor.run()",
                        "print(\"done\")");
    }

    // If the program prints, sleeps and stops, then each of those events is on its statement's line, a call on its
    // function's def, and the timed call runs on the callLater that made it.
    @Test
    void of_statementsAndCalls_mapToTheirLines() throws Exception {
        List<String> mapped = mapped(scenario(BLOCKING));

        assertThat(lineOfFirst(mapped, "\"event\":\"callLater\"")).isEqualTo("reactor.callLater(1, tick)");
        assertThat(lineOfFirst(mapped, "\"event\":\"callWhenRunning\"")).isEqualTo("reactor.callWhenRunning(hog)");
        assertThat(lineOfFirst(mapped, "\"state\":\"running\"")).isEqualTo("reactor.run()");
        assertThat(lineOfFirst(mapped, "\"function\":\"hog\"")).isEqualTo("def hog():");
        assertThat(lineOfFirst(mapped, "\"text\":\"hogging\"")).isEqualTo("print(\"hogging\")");
        assertThat(lineOfFirst(mapped, "\"event\":\"block\"")).isEqualTo("time.sleep(3)");
        assertThat(lineOfFirst(mapped, "\"event\":\"timer\"")).isEqualTo("reactor.callLater(1, tick)");
        assertThat(lineOfFirst(mapped, "\"function\":\"tick\"")).isEqualTo("def tick():");
        assertThat(lineOfFirst(mapped, "\"state\":\"stopping\"")).isEqualTo("reactor.stop()");
        assertThat(lineOfFirst(mapped, "\"text\":\"done\"")).isEqualTo("print(\"done\")");
        assertThat(lineOfFirst(mapped, "\"event\":\"exit\"")).isEqualTo("-");
    }

    // If a callback raises, then the error the reactor logs is on the raise, and what happens while the reactor
    // waits is on reactor.run().
    @Test
    void of_loggedErrorAndWaiting_mapToTheRaiseAndToRun() throws Exception {
        List<String> mapped = mapped(scenario("""
            {"format": "reactor-scenario/1",
             "program": {
              "main": ["reactor.callWhenRunning falldown", "reactor.callLater 2 reactor.stop", "reactor.run"],
              "functions": {"falldown": ["print falling", "raise I fall down."]}
             }}\
            """));

        assertThat(lineOfFirst(mapped, "\"event\":\"log\"")).isEqualTo("raise Exception(\"I fall down.\")");
        assertThat(lineOfFirst(mapped, "\"function\":\"reactor.stop\"")).isEqualTo("reactor.run()");
    }

    // If main crashes, then the crash is on the statement that raised.
    @Test
    void of_crashInMain_mapsToTheRaisingStatement() throws Exception {
        List<String> mapped = mapped(scenario("""
            {"format": "reactor-scenario/1",
             "program": {"main": ["reactor.callWhenRunning reactor.stop", "reactor.run", "print between",
               "reactor.run", "print never"]}}\
            """));

        assertThat(mapped.stream().filter(line -> line.contains("\"event\":\"crash\"")))
                .containsExactly("reactor.run()  <=  {\"t\":0,\"who\":\"program\",\"event\":\"crash\","
                        + "\"error\":\"ReactorNotRestartable\"}");
    }

    // If a countdown counts, then its print and its next callLater are on the Countdown class's lines, and its
    // count calls on the def of count.
    @Test
    void of_countdown_mapsToTheCountdownClass() throws Exception {
        ReactorScenario countdown = scenario("""
            {"format": "reactor-scenario/1",
             "program": {"main": ["reactor.callWhenRunning A.count", "reactor.run"],
              "countdowns": [{"name": "A", "from": 2, "interval": 1}]}}\
            """);
        List<String> mapped = mapped(countdown);

        assertThat(lineOfFirst(mapped, "\"function\":\"A.count\"")).isEqualTo("def count(self):");
        assertThat(lineOfFirst(mapped, "\"text\":\"2 ...\"")).isEqualTo("print(self.counter, \"...\")");
        assertThat(lineOfFirst(mapped, "\"event\":\"callLater\""))
                .isEqualTo("reactor.callLater(self.interval, self.count)");
        assertThat(lineOfFirst(mapped, "\"function\":\"reactor.stop\"")).isEqualTo("self.then()");
        assertThat(ReactorPython.lines(countdown)).contains("A = Countdown(2, 1, reactor.stop)");
    }

    // If get_poetry fetches a poem for a Deferred, then reads are on the protocol's lines and the Deferred fires on
    // the factory's callback line.
    @Test
    void of_getPoetryDeferred_mapsToTheClientsLines() throws Exception {
        List<String> mapped = mapped(scenario("""
            {"format": "reactor-scenario/1",
             "servers": [{"port": 10001, "poem": "p", "text": "abcdef", "chunk": 3, "delay": 1}],
             "program": {"main": ["d = get_poetry 10001", "d.addCallback got_poem", "reactor.run"],
              "functions": {"got_poem": ["print {0}", "reactor.stop"]}}}\
            """));

        assertThat(lineOfFirst(mapped, "\"function\":\"get_poetry\"")).isEqualTo("def get_poetry(host, port):");
        assertThat(lineOfFirst(mapped, "\"event\":\"callLater\""))
                .isEqualTo("reactor.connectTCP(host, port, PoetryClientFactory(d))");
        assertThat(lineOfFirst(mapped, "\"function\":\"PoetryProtocol.dataReceived\""))
                .isEqualTo("def dataReceived(self, data):");
        assertThat(lineOfFirst(mapped, "\"event\":\"recv\"")).isEqualTo("reactor.run()");
        assertThat(lineOfFirst(mapped, "\"event\":\"fire\"")).isEqualTo("d.callback(poem)");
        assertThat(lineOfFirst(mapped, "\"function\":\"got_poem\"")).isEqualTo("def got_poem(result):");
        assertThat(lineOfFirst(mapped, "\"text\":\"abcdef\"")).isEqualTo("print(result)");
        assertThat(lineOfFirst(mapped, "\"event\":\"listen\"")).isEqualTo("-");
    }

    // If a function is an errback with extra arguments, then it takes the failure and the extras; if it is called
    // with different numbers of arguments, then it takes *args.
    @Test
    void lines_signatures_followHowFunctionsAreCalled() throws Exception {
        List<String> lines = ReactorPython.lines(scenario("""
            {"format": "reactor-scenario/1",
             "program": {"main": ["d = Deferred", "d.addErrback report localhost 10004",
               "reactor.callLater 1 both a", "reactor.callLater 2 both", "reactor.callWhenRunning d.errback oops",
               "reactor.run"],
              "functions": {"report": ["print {1}:{2} {0}", "failure_too {0}"], "both": ["print {0}"],
               "failure_too": ["raise {0}"]}}}\
            """));

        assertThat(lines)
                .contains(
                        "def report(failure, arg1, arg2):",
                        "    print(f\"{arg1}:{arg2} {failure}\")",
                        "d.addErrback(report, \"localhost\", \"10004\")",
                        "def both(*args):",
                        "    print(args[0])",
                        "reactor.callWhenRunning(d.errback, Exception(\"oops\"))");
    }

    // If a program calls get_poetry both for a Deferred and with callbacks, then it cannot be one module.
    @Test
    void lines_getPoetryBothWays_isRefused() throws Exception {
        ReactorScenario both = scenario("""
            {"format": "reactor-scenario/1",
             "program": {"main": ["d = get_poetry 10001", "get_poetry 10002 got", "reactor.run"],
              "functions": {"got": ["print {0}"]}}}\
            """);

        assertThatThrownBy(() -> ReactorPython.lines(both))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both for a Deferred");
    }

    // If a scenario has no program, then it has no code.
    @Test
    void hasCode_withoutProgram_isFalse() throws Exception {
        ReactorScenario clients = scenario("""
            {"format": "reactor-scenario/1", "servers": [{"port": 10000, "bytes": 10, "chunk": 5, "delay": 1}],
             "clients": [{"kind": "blocking", "ports": [10000]}]}\
            """);

        assertThat(ReactorPython.hasCode(clients)).isFalse();
        assertThatThrownBy(() -> ReactorPython.lines(clients)).isInstanceOf(IllegalArgumentException.class);
    }

    // If the recording is another scenario's run, then the code cannot say where its events happened.
    @Test
    void of_recordingOfAnotherScenario_isRefused() throws Exception {
        ReactorScenario blocking = scenario(BLOCKING);
        Recording other = ReactorSimulation.run(scenario(BLOCKING.replace("time.sleep 3", "time.sleep 2")));

        assertThatThrownBy(() -> ReactorPython.of(blocking, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a run of this scenario");
    }
}

package deferredsim.core.reactor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import deferredsim.core.reactor.execution.ExecutionModel;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.testing.ReactorRuns;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.time.Time;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How {@link ReactorScenarioReader} reads reactor scenarios and rejects bad ones with line:column messages. */
class ReactorScenarioReaderTest {
    private static final String HEAD = "{\"format\": \"reactor-scenario/1\",\n";

    // If every example is read, then each is valid.
    @Test
    void read_acceptsEveryExample() throws ScenarioException {
        for (String name : ReactorRuns.names()) {
            assertThat(ReactorScenarioReader.read(ReactorRuns.text(name)))
                    .as(name)
                    .isNotNull();
        }
    }

    // If the execution section leaves out models and cores, then all three models run with one core per task.
    @Test
    void read_executionDefaults() throws ScenarioException {
        ReactorScenario scenario = ReactorScenarioReader.read(HEAD
                + " \"execution\": {\"tasks\": [{\"name\": \"A\", \"segments\": [\"cpu 1\", \"WAIT 0.5\"]},"
                + " {\"name\": \"B\", \"segments\": []}]}}");

        ReactorScenario.Execution execution = scenario.execution().orElseThrow();
        assertThat(execution.models()).containsExactly(ExecutionModel.values());
        assertThat(execution.cores()).isEqualTo(2);
        assertThat(execution.tasks().get(0).segments().get(1).duration())
                .isEqualTo(Time.ofSeconds(new java.math.BigDecimal("0.5")));
        assertThat(scenario.until()).isEqualTo(ReactorScenarioReader.DEFAULT_UNTIL);
    }

    // If a program is read, then its statements are parsed and get_poetry keeps the book's options by default.
    @Test
    void read_programStatements() throws ScenarioException {
        ReactorScenario scenario = ReactorScenarioReader.read(HEAD
                + " \"program\": {\"main\": [\"d = get_poetry 10000\", \"d.addBoth done\", \"reactor.run\"],"
                + " \"functions\": {\"done\": [\"reactor.stop\"]}}}");

        assertThat(scenario.program().orElseThrow().main())
                .containsExactly(
                        new Statement.GetPoetry("d", 10000, null, null),
                        new Statement.AddCallbacks(
                                "d",
                                Statement.AddKind.BOTH,
                                new deferredsim.core.reactor.script.Ref("done", null),
                                new deferredsim.core.reactor.script.Ref("done", null),
                                java.util.List.of()),
                        new Statement.Run());
        assertThat(scenario.program().orElseThrow().getPoetry().guard()).isTrue();
    }

    // If a deferred-scenario/1 file is offered, then declaresReactorFormat says no, so it keeps its own reader and
    // meaning.
    @Test
    void declaresReactorFormat_onlyForReactorScenarios() {
        for (Path corpus : TraceCorpus.scenarios()) {
            assertThat(ReactorScenarioReader.declaresReactorFormat(corpus))
                    .as(corpus.toString())
                    .isFalse();
        }
        assertThat(ReactorScenarioReader.declaresReactorFormat(ReactorRuns.text("part3-1-three-countdowns")))
                .isTrue();
        assertThat(ReactorScenarioReader.declaresReactorFormat("{\"format\": \"reactor-scenario/2\"}"))
                .isTrue();
        assertThat(ReactorScenarioReader.declaresReactorFormat("not json")).isFalse();
    }

    // If the format is another version, then the message names the one this reader reads.
    @Test
    void read_rejectsOtherVersions() {
        assertRejected(
                "{\"format\": \"reactor-scenario/2\", \"program\": {\"main\": []}}",
                "1:12: $.format: expected \"reactor-scenario/1\", not 'reactor-scenario/2'");
    }

    // If nothing would run, then the message says which sections run something.
    @Test
    void read_rejectsAScenarioWithNothingToRun() {
        assertRejected(
                HEAD + " \"servers\": []}",
                "1:1: $: expected at least one of execution, clients, twistedClient, program, twistedServers,"
                        + " transformClients or twistd: something to run");
    }

    // If a key is unknown, then the message is at the key and lists the allowed ones.
    @Test
    void read_rejectsUnknownKeys() {
        assertRejected(
                HEAD + " \"program\": {\"main\": [], \"mian\": []}}",
                "2:26: $.program.mian: unknown key 'mian' in the program; expected main, functions, countdowns,"
                        + " tallies or getPoetry");
        assertRejected(
                HEAD + " \"twistedClient\": {\"version\": \"2.0\", \"ports\": [1], \"timeout\": 3}}",
                "2:52: $.twistedClient.timeout: the 2.0 client has no timeout; write Part 5's exercise as a program");
    }

    // If a segment is malformed, then the column points into its string.
    @Test
    void read_rejectsBadSegments() {
        assertRejected(
                HEAD + " \"execution\": {\"tasks\": [{\"name\": \"A\", \"segments\": [\"CPU one\"]}]}}",
                "2:58: $.execution.tasks[0].segments[0]: expected a number of seconds >= 0 with at most nine decimals,"
                        + " not 'one'");
        assertRejected(
                HEAD + " \"execution\": {\"tasks\": [{\"name\": \"A\", \"segments\": [\"RUN 1\"]}]}}",
                "2:54: $.execution.tasks[0].segments[0]: expected a segment: \"CPU SECONDS\" or \"WAIT SECONDS\", not"
                        + " 'RUN 1'");
    }

    // If a server has both bytes and text, or two servers share a port, then the reader says so there.
    @Test
    void read_rejectsBadServers() {
        assertRejected(
                HEAD + " \"servers\": [{\"port\": 1, \"bytes\": 3, \"text\": \"abc\", \"chunk\": 1, \"delay\": 0}],"
                        + " \"clients\": [{\"kind\": \"async\", \"ports\": [1]}]}",
                "2:38: $.servers[0].text: a server has \"bytes\" or \"text\", not both");
        assertRejected(
                HEAD
                        + " \"servers\": [{\"port\": 1, \"bytes\": 3, \"chunk\": 1, \"delay\": 0}, {\"port\": 1,"
                        + " \"bytes\": 3, \"chunk\": 1, \"delay\": 0}], \"clients\": [{\"kind\": \"async\", \"ports\":"
                        + " [1]}]}",
                "2:72: $.servers[1].port: two servers listen on port 1");
        assertRejected(
                HEAD + " \"clients\": [{\"kind\": \"fast\", \"ports\": [1]}]}",
                "2:23: $.clients[0].kind: expected blocking or async, not 'fast'");
    }

    // If a statement does not parse, then the column points at the word where it stops making sense.
    @Test
    void read_rejectsStatementSyntaxAtTheWord() {
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"reactor.callLater soon tick\"]}}",
                "2:42: $.program.main[0]: expected a number of seconds >= 0 with at most nine decimals, not 'soon'");
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"d = Deferrd\"]}}",
                "2:28: $.program.main[0]: expected Deferred, LoopingCall, reactor.callLater, get_poetry or LOOP.start"
                        + " after '=', not 'Deferrd'");
    }

    // If a program uses a name nobody defines, or a name as the wrong kind of object, then the statement is rejected
    // there.
    @Test
    void read_rejectsUndefinedAndMisusedNames() {
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"reactor.callLater 1 tick\"]}}",
                "2:44: $.program.main[0]: 'tick' is not defined: expected a function declared under functions");
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"c = reactor.callLater 1 reactor.stop\", \"c.callback x\"]}}",
                "2:64: $.program.main[1]: 'c' is a delayed call; callback needs a Deferred");
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"d = Deferred\", \"d = LoopingCall reactor.stop\"]}}",
                "2:40: $.program.main[1]: 'd' is a Deferred elsewhere; a name holds one kind of object");
    }

    // If reactor.run is in a function, return is in main, or main uses {0}, then the reader says where each belongs.
    @Test
    void read_rejectsStatementsInTheWrongPlace() {
        assertRejected(
                HEAD + " \"program\": {\"main\": [], \"functions\": {\"f\": [\"reactor.run\"]}}}",
                "2:47: $.program.functions.f[0]: reactor.run belongs in main: a callback cannot start the reactor it"
                        + " runs in");
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"return\"]}}",
                "2:24: $.program.main[0]: return belongs in a function, not in main");
        assertRejected(
                HEAD + " \"program\": {\"main\": [\"print {0}\"]}}",
                "2:30: $.program.main[0]: main has no arguments: {N} stands for an argument of a function");
    }

    // If a Twisted server's kind is unknown, then the message lists the kinds.
    @Test
    void read_rejectsAnUnknownTwistedServerKind() {
        assertRejected(
                HEAD + " \"twistedServers\": [{\"kind\": \"quick\", \"port\": 10000}]}",
                "2:30: $.twistedServers[0].kind: expected fast, slow or transform, not 'quick'");
    }

    // If a fast server has chunks, then the message says only a slow one sends in chunks.
    @Test
    void read_rejectsChunksOnAFastServer() {
        assertRejected(
                HEAD + " \"twistedServers\": [{\"kind\": \"fast\", \"port\": 1, \"bytes\": 3, \"chunk\": 1}]}",
                "2:61: $.twistedServers[0].chunk: only a slow server sends in chunks");
    }

    // If two services share a name, then the message asks for names.
    @Test
    void read_rejectsTwoServicesWithOneName() {
        assertRejected(
                HEAD + " \"twistd\": {\"services\": [{\"kind\": \"poetry\", \"bytes\": 1},"
                        + " {\"kind\": \"poetry\", \"bytes\": 2}]}}",
                "2:58: $.twistd.services[1]: two services are called 'poetry'; give each a \"name\"");
    }

    // If a blocking client is given hangUpAfter, then the message says only async clients hang up.
    @Test
    void read_rejectsHangUpOnABlockingClient() {
        assertRejected(
                HEAD + " \"clients\": [{\"kind\": \"blocking\", \"ports\": [1], \"hangUpAfter\": 2}]}",
                "2:49: $.clients[0].hangUpAfter: only an async client can hang up early (a blocking one waits in"
                        + " recv)");
    }

    private static void assertRejected(String json, String message) {
        ScenarioException broken =
                catchThrowableOfType(ScenarioException.class, () -> ReactorScenarioReader.read(json));
        assertThat(broken).as(json).isNotNull();
        assertThat(broken).hasMessage(message);
    }
}

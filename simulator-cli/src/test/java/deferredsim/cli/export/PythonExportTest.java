package deferredsim.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.time.Time;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonExportTest {
    private static final String HOSTILE = "\"); import os #";

    // When a scenario is exported, then the script starts with a shebang and a docstring that says how to run it.
    @Test
    void lines_startWithShebangAndHowToRun() throws Exception {
        List<String> lines = PythonExport.lines(oneDeferred(List.of(), fire("start")));

        assertThat(lines.get(0)).isEqualTo("#!/usr/bin/env python3");
        assertThat(lines.get(1)).startsWith("\"\"\"");
        assertThat(lines).contains("    python3 this_script.py");
    }

    // When a scenario is exported, then its JSON is quoted in comments and the runtime section follows once.
    @Test
    void lines_holdTheScenarioAsCommentsAndTheRuntimeOnce() throws Exception {
        List<String> lines = PythonExport.lines(oneDeferred(List.of(), fire("start")));

        assertThat(lines).contains("#   {\"format\": \"deferred-scenario/1\",");
        assertThat(lines.stream().filter(line -> line.equals("def run_clock():")))
                .hasSize(1);
        assertThat(lines.stream().filter(line -> line.equals("from twisted.internet import defer, task")))
                .hasSize(1);
    }

    // When a plain deferred has a chain, then each pair becomes one addCallbacks with the stage's number and side.
    @Test
    void lines_addEachPairWithItsStageFunctions() throws Exception {
        List<PairSpec> chain = List.of(PairSpec.parse("r good", "f bad"), PairSpec.parse("p", "r saved"));

        List<String> lines = PythonExport.lines(oneDeferred(chain, fire("start")));

        assertThat(lines)
                .containsSubsequence(
                        "def make_d():",
                        "    d = defer.Deferred()",
                        "    deferreds[\"d\"] = d",
                        "    d.addCallbacks(returns(\"good\", \"d\", 0, \"callback\"), raises(\"bad\", \"d\", 0,"
                                + " \"errback\"))",
                        "    d.addCallbacks(passes(\"d\", 1, \"callback\"), returns(\"saved\", \"d\", 1, \"errback\"))",
                        "    return d");
        assertThat(lines)
                .contains("clock.callLater(0, fire, \"d\", \"callback\", \"start\")", "create(\"d\")", "run_clock()");
    }

    // If values and names are hostile (quotes, comment signs, triple quotes, non-ASCII), then they appear only inside
    // string literals.
    @Test
    void script_keepsHostileValuesInsideStringLiterals() throws Exception {
        String name = "x\");import(os)#'''\u00e9";
        DeferredSpec d = new DeferredSpec.Plain(
                name,
                List.of(new PairSpec(new MemberSpec.Return("\");__import__('os')#"), new MemberSpec.Fail("'''\\"))),
                Optional.of(new FireSpec(FireMethod.CALLBACK, HOSTILE + "\n'''\u00e9\ud83d\ude00", Time.ZERO)),
                Optional.empty());
        Scenario scenario =
                Scenario.of(List.of(d), List.of(new Action.Fire(Time.ofSeconds(1), name, FireMethod.ERRBACK, HOSTILE)));

        String script = PythonExport.script(scenario);
        PythonCode code = PythonCode.scan(script);

        assertThat(script.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e)))
                .isTrue();
        assertThat(code.code).doesNotContain("os", "__import__", "\u00e9");
        assertThat(code.literals)
                .contains(name, HOSTILE, HOSTILE + "\n'''\u00e9\ud83d\ude00", "\");__import__('os')#", "'''\\");
    }

    // If a deferred's name is not a Python identifier, then its function gets a numbered name instead.
    @Test
    void script_namesFunctionsOfOddlyNamedDeferredsByIndex() throws Exception {
        DeferredSpec odd = new DeferredSpec.Plain("a-b", List.of(), Optional.empty(), Optional.empty());
        DeferredSpec clash = new DeferredSpec.Plain("deferred_0", List.of(), Optional.empty(), Optional.empty());

        List<String> lines = PythonExport.lines(Scenario.of(List.of(odd, clash), List.of()));

        assertThat(lines).contains("def make_deferred_0():", "def make_deferred_0_():");
        assertThat(lines).contains("MAKERS = {\"a-b\": make_deferred_0, \"deferred_0\": make_deferred_0_}");
    }

    // When add actions target a deferred, then their stages are numbered after the chain, in the order the actions run.
    @Test
    void script_numbersAddedPairsAfterTheChainInRunOrder() throws Exception {
        PairSpec pair = PairSpec.parse("p", "p");
        Scenario scenario = Scenario.of(
                List.of(new DeferredSpec.Plain("d", List.of(pair), Optional.empty(), Optional.empty())),
                List.of(new Action.Add(Time.ofSeconds(2), "d", pair), new Action.Add(Time.ofSeconds(1), "d", pair)));

        List<String> lines = PythonExport.lines(scenario);

        assertThat(lines)
                .containsSubsequence(
                        "clock.callLater(2, add, \"d\", passes(\"d\", 2, \"callback\"), passes(\"d\", 2, \"errback\"))",
                        "clock.callLater(1, add, \"d\", passes(\"d\", 1, \"callback\"), passes(\"d\", 1,"
                                + " \"errback\"))");
    }

    // When a referenced deferred fires after 0, then it is fired inside its make function, before it is handed over.
    @Test
    void script_firesAReferencedDeferredAtCreationWhenAfterIsZero() throws Exception {
        Scenario scenario = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"defer x\", \"p\"]]},"
                + "{\"name\": \"x\", \"fire\": {\"method\": \"errback\", \"value\": \"no\", \"after\": 0}},"
                + "{\"name\": \"y\", \"fire\": {\"method\": \"callback\", \"value\": \"later\", \"after\": 0.5}}]}");

        List<String> lines = PythonExport.lines(scenario);

        assertThat(lines)
                .containsSubsequence(
                        "def make_x():",
                        "    fire(\"x\", \"errback\", \"no\")  "
                                + "# after 0: fired before it is handed over, like succeed()/fail()",
                        "    return d");
        assertThat(lines).contains("clock.callLater(0.5, fire, \"y\", \"callback\", \"later\")");
        assertThat(lines).doesNotContain("create(\"x\")");
    }

    // If an inline generator has no yield, then the function still gets an unreachable yield so inlineCallbacks accepts
    // it.
    @Test
    void script_makesAnInlineFunctionWithoutYieldAGenerator() throws Exception {
        DeferredSpec g = new DeferredSpec.Inline("g", List.of(new InlineStep.Return("v")), List.of());

        List<String> lines = PythonExport.lines(Scenario.of(List.of(g), List.of()));

        assertThat(lines)
                .containsSubsequence(
                        "@defer.inlineCallbacks",
                        "def generator_g():",
                        "    return \"v\"",
                        "    yield  # never reached; it makes"
                                + " this function a generator, as inlineCallbacks needs");
    }

    // When a yield catches, then the failure is logged and swallowed; when it does not, it is logged and raised again.
    @Test
    void script_logsEveryResumeAndReraisesOnlyUncaughtFailures() throws Exception {
        Scenario scenario = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"g\", \"inline\": [\"yield a catch\", \"yield b\"]},"
                + "{\"name\": \"a\"}, {\"name\": \"b\"}]}");

        List<String> lines = PythonExport.lines(scenario);

        assertThat(lines)
                .containsSubsequence(
                        "    # step 0: yield a catch",
                        "        result = yield create(\"a\")",
                        "        resumed(\"g\", 0, error)",
                        "    else:",
                        "    # step 1: yield b",
                        "        resumed(\"g\", 1, error)",
                        "        raise  # not caught: the generator ends with this exception");
        assertThat(lines.stream().filter(line -> line.startsWith("        raise  #")))
                .hasSize(1);
    }

    // For every corpus scenario, the script is printable ASCII and no user text leaves the string literals.
    @Test
    void script_isAsciiAndKeepsUserTextInLiteralsForTheWholeCorpus() throws Exception {
        for (Path file : TraceCorpus.scenarios()) {
            Scenario scenario = ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8));
            String script = PythonExport.script(scenario);
            PythonCode code = PythonCode.scan(script);

            assertThat(script.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e)))
                    .as(file.toString())
                    .isTrue();
            for (DeferredSpec spec : scenario.deferreds()) {
                assertThat(code.literals).as(file.toString()).contains(spec.name());
            }
        }
    }

    private static Scenario oneDeferred(List<PairSpec> chain, FireSpec fire) throws Exception {
        return Scenario.of(List.of(new DeferredSpec.Plain("d", chain, Optional.of(fire), Optional.empty())), List.of());
    }

    private static FireSpec fire(String value) {
        return new FireSpec(FireMethod.CALLBACK, value, Time.ZERO);
    }
}

package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reactor scenarios in lessons, and the exercise kinds they need, checked against the reactor
 * model. Scenario {@code models}: tasks A (CPU 1, WAIT 2, CPU 1) and B (CPU 1, WAIT 1, CPU 1), run
 * synchronously (7 s, idle 3 s) and asynchronously (5 s, idle from 2 to 3). Scenario {@code
 * timers}: {@code callLater(1, tick)}, then startup triggers {@code hog} (prints, sleeps 3 s,
 * prints) and {@code falldown} (raises); tick runs at t=3, 2 s late, and stops the reactor.
 * Scenario {@code poetry}: client 4.0's {@code get_poetry} fetches {@code abcdef} (two chunks, t=0
 * and 1, closed at 2) into {@code d}: {@code got_poem} returns the poem, {@code done} stops.
 */
class ReactorExerciseCheckTest {
    static final String MODELS = "{\"format\": \"reactor-scenario/1\", \"execution\": {\"tasks\": [{\"name\": \"A\","
        + " \"segments\": [\"CPU 1\", \"WAIT 2\", \"CPU 1\"]}, {\"name\": \"B\", \"segments\": [\"CPU 1\", \"WAIT 1\","
        + " \"CPU 1\"]}], \"models\": [\"synchronous\", \"asynchronous\"]}}\n";
    static final String TIMERS =
            "{\"format\": \"reactor-scenario/1\", \"program\": {\"main\": [\"reactor.callLater 1 tick\","
                    + " \"reactor.callWhenRunning hog\", \"reactor.callWhenRunning falldown\", \"reactor.run\", \"print"
                    + " after run\"], \"functions\": {\"hog\": [\"print hog 1\", \"time.sleep 3\", \"print hog 2\"],"
                    + " \"falldown\": [\"raise oops\"], \"tick\": [\"print tick\", \"reactor.stop\"]}}}\n";
    static final String POETRY =
            "{\"format\": \"reactor-scenario/1\", \"servers\": [{\"port\": 10000, \"text\": \"abcdef\", \"chunk\": 3,"
                + " \"delay\": 1}], \"program\": {\"main\": [\"d = get_poetry 10000\", \"d.addCallbacks got_poem"
                + " poem_failed\", \"d.addBoth done\", \"reactor.run\"], \"functions\": {\"got_poem\": [\"print {0}\","
                + " \"return {0}\"], \"poem_failed\": [\"print >>sys.stderr failed: {0}\"], \"done\":"
                + " [\"reactor.stop\"]}}}\n";

    @TempDir
    Path root;

    private LessonCatalog catalog;

    @BeforeEach
    void load() throws LessonFormatException {
        catalog = files(
                        exercise(
                                "async-total",
                                "\"kind\": \"time\", \"scenario\": \"models\", \"event\": {\"who\": \"asynchronous\","
                                        + " \"event\": \"finished\"}, \"answer\": \"5\""),
                        exercise(
                                "async-idle",
                                "\"kind\": \"duration\", \"scenario\": \"models\", \"event\": {\"who\":"
                                    + " \"asynchronous\", \"event\": \"finished\"}, \"measure\": \"idle\", \"answer\":"
                                    + " \"1\""),
                        exercise(
                                "tick-time",
                                "\"kind\": \"time\", \"scenario\": \"timers\", \"event\": {\"event\": \"timer\","
                                        + " \"call\": \"tick\"}, \"answer\": \"3\""),
                        exercise(
                                "tick-late",
                                "\"kind\": \"duration\", \"scenario\": \"timers\", \"event\": {\"event\": \"timer\","
                                        + " \"call\": \"tick\"}, \"measure\": \"late\", \"answer\": \"2\""),
                        exercise(
                                "hog-lines",
                                "\"kind\": \"count\", \"scenario\": \"timers\", \"event\": {\"event\": \"print\","
                                        + " \"text~\": \"^hog\"}, \"answer\": \"2\""),
                        exercise(
                                "logged",
                                "\"kind\": \"happens\", \"scenario\": \"timers\", \"event\": {\"who\": \"program\","
                                        + " \"event\": \"log\"}, \"answer\": \"yes\""),
                        exercise(
                                "crashed",
                                "\"kind\": \"happens\", \"scenario\": \"timers\", \"event\": {\"event\": \"crash\"},"
                                        + " \"answer\": \"no\""),
                        exercise(
                                "calls",
                                "\"kind\": \"order\", \"scenario\": \"poetry\", \"event\": {\"event\": \"call\","
                                        + " \"function~\": \"^Poetry(Protocol|ClientFactory)\\\\.\"}, \"answer\":"
                                        + " \"startedConnecting, buildProtocol, makeConnection, connectionMade,"
                                        + " dataReceived, connectionLost, poemReceived, poem_finished,"
                                        + " clientConnectionLost\""),
                        exercise(
                                "after-eof",
                                "\"kind\": \"order\", \"scenario\": \"poetry\", \"event\": {\"event\": \"call\"},"
                                    + " \"after\": {\"event\": \"eof\"}, \"first\": 1, \"answer\": \"connectionLost\","
                                    + " \"choices\": [\"connectionLost\", \"dataReceived\"]"),
                        exercise(
                                "d-result",
                                "\"kind\": \"result\", \"scenario\": \"poetry\", \"deferred\": \"d\", \"answer\":"
                                        + " \"None\""),
                        exercise(
                                "after-connect",
                                "\"kind\": \"next-line\", \"scenario\": \"poetry\", \"after\": 7, \"answer\":"
                                        + " \"{\\\"t\\\":0,\\\"who\\\":\\\"program\\\",\\\"event\\\":\\\"wake\\\","
                                        + "\\\"iteration\\\":1,\\\"ready\\\":[\\\"connect c1\\\"]}\""),
                        exercise(
                                "d-fired",
                                "\"kind\": \"time\", \"scenario\": \"poetry\", \"event\": {\"d\": \"d\", \"event\":"
                                        + " \"fire\"}, \"answer\": \"2\""))
                .load();
    }

    private LessonFiles files(String... exercises) {
        String lessonJson = LessonFiles.LESSON_JSON.replace(
                "]}\n", ", " + entry("models") + ", " + entry("timers") + ", " + entry("poetry") + "]}\n");
        return new LessonFiles(root)
                .lesson("01-first", lessonJson, null, LessonFiles.exercises(exercises), null)
                .write("01-first/models.json", MODELS)
                .write("01-first/timers.json", TIMERS)
                .write("01-first/poetry.json", POETRY);
    }

    private static String entry(String name) {
        return "{\"name\": \"" + name + "\", \"file\": \"" + name
                + ".json\", \"format\": \"reactor-scenario/1\", \"title\": \"T\", \"description\": \"D.\"}";
    }

    private static String exercise(String id, String specific) {
        return "{\"id\": \"" + id + "\", " + specific
                + ", \"prompt\": \"Predict.\", \"hints\": [\"Think.\"], \"explanation\": \"Because.\"}";
    }

    private Exercise exercise(String id) {
        return catalog.exercise("01/" + id).orElseThrow();
    }

    private static int divergedAt(Verdict verdict) {
        return verdict.divergence().getAsInt();
    }

    /** What the reading's sentence for the divergence event says, as the verdict quotes it. */
    private static String toldAtDivergence(Verdict verdict) {
        return verdict.reading().sentence(divergedAt(verdict));
    }

    /** The function the program had just called at event {@code index}: the last frame of its stack then. */
    private static String calledAt(Reading reading, int index) {
        List<String> stack =
                reading.reactor().process("program", Playhead.after(index)).stack();
        return stack.get(stack.size() - 1);
    }

    // When a next-line answer holds an array (a wake's ready list), then it is compared element by element, in any
    // spacing, and a different list, or the list written as a string, is wrong.
    @Test
    void check_nextLineWithArray_comparesTheElements() {
        Exercise next = exercise("after-connect");

        assertThat(next.check("{\"t\": 0, \"who\": \"program\", \"event\": \"wake\", \"iteration\": 1,"
                                + " \"ready\": [ \"connect c1\" ]}")
                        .isCorrect())
                .isTrue();
        assertThat(next.check("{\"t\":0,\"who\":\"program\",\"event\":\"wake\",\"iteration\":1,\"ready\":[\"c1\"]}")
                        .status())
                .isEqualTo(Verdict.Status.INCORRECT);
        assertThat(next.check("{\"t\":0,\"who\":\"program\",\"event\":\"wake\",\"iteration\":1,"
                                + "\"ready\":\"[\\\"connect c1\\\"]\"}")
                        .status())
                .isEqualTo(Verdict.Status.INCORRECT);
    }

    // When a lesson names a reactor-scenario/1 file, then it loads as a ReactorScenario whose recording is run once and
    // kept.
    @Test
    void load_reactorScenario_runsOnTheReactorModel() {
        LessonScenario scenario =
                catalog.lesson(1).orElseThrow().scenario("timers").orElseThrow();

        assertThat(scenario).isInstanceOf(ReactorScenario.class);
        assertThat(scenario.format()).isEqualTo("reactor-scenario/1");
        assertThat(scenario.source()).isEqualTo(TIMERS);
        assertThat(scenario.recording()).isSameAs(scenario.recording());
        assertThat(scenario.reading()).isSameAs(scenario.reading());
        assertThat(scenario.reading().reactor().timers())
                .anySatisfy(timer -> assertThat(timer.ranIndex()).isNotNegative());
        assertThat(exercise("tick-time").scenario()).isSameAs(scenario);
    }

    // When every stored answer of the fixture is checked, then the reactor model agrees with all of them.
    @Test
    void verify_fixtureAnswers_agree() {
        assertThat(catalog.verify()).isEmpty();
    }

    // When the learner predicts a model's finishing time too early, then the verdict steps to where that model stood
    // then.
    @Test
    void check_modelTimeTooEarly_divergesAtThatTime() {
        Verdict verdict = exercise("async-total").check("3");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(verdict.explanation()).contains("it happens at t=5. At t=3 it has not happened yet");
        assertThat(verdict.reading().time(divergedAt(verdict)).toString()).isEqualTo("3");
        assertThat(verdict.reading().reactor().processOf(divergedAt(verdict))).contains("asynchronous");
    }

    // When the learner gives the right idle time, then the verdict is correct and names the idle stretch.
    @Test
    void check_idleRight_isCorrectAndNamesTheGap() {
        Verdict verdict = exercise("async-idle").check("1 s");

        assertThat(verdict.isCorrect()).isTrue();
        assertThat(verdict.explanation()).contains("idle for 1 s (idle from 2 to 3)");
    }

    // When the learner says the asynchronous model never idles, then the verdict steps to its first idle segment.
    @Test
    void check_idleTooShort_divergesAtTheIdleSegment() {
        Verdict verdict = exercise("async-idle").check("0");

        ReactorReading.Model async = verdict.reading().reactor().models().stream()
                .filter(model -> model.who().equals("asynchronous"))
                .findFirst()
                .orElseThrow();
        assertThat(async.lanes())
                .flatExtracting(ReactorReading.Lane::spans)
                .filteredOn(span -> span.index() == divergedAt(verdict))
                .singleElement()
                .satisfies(span -> assertThat(span.activity()).isEqualTo(SegmentKind.IDLE));
    }

    // When the learner says a timed call ran on time behind a blocking callback, then the verdict steps to what held
    // the thread at its due time.
    @Test
    void check_lateTooSmall_divergesAtWhatHeldTheThread() {
        Verdict verdict = exercise("tick-late").check("0");

        assertThat(verdict.reading().reactor().threads())
                .flatExtracting(ReactorReading.ThreadTimeline::blocks)
                .anySatisfy(block -> assertThat(block.index()).isEqualTo(divergedAt(verdict)));
        assertThat(verdict.explanation())
                .contains("At t=1 the reactor cannot run it yet.")
                .contains(toldAtDivergence(verdict))
                .contains("time.sleep(3)");
    }

    // When the learner predicts a timed call's time too late, then the verdict steps to the timed call itself.
    @Test
    void check_timerTimeTooLate_divergesAtTheTimer() {
        Verdict verdict = exercise("tick-time").check("4");

        assertThat(verdict.reading().reactor().timers())
                .anySatisfy(timer -> assertThat(timer.ranIndex()).isEqualTo(divergedAt(verdict)));
    }

    // When the learner counts too few lines, then the verdict steps to the first line the count leaves out.
    @Test
    void check_countTooFew_divergesAtTheNextLine() {
        Verdict verdict = exercise("hog-lines").check("1");

        assertThat(verdict.reading().reactor().prints("program")).contains(divergedAt(verdict));
        assertThat(toldAtDivergence(verdict)).contains("'hog 2'");
        assertThat(verdict.explanation())
                .contains("Number 2 is the one your count leaves out.")
                .contains(toldAtDivergence(verdict));
    }

    // When the learner counts too many lines, then the verdict steps to the last line there is.
    @Test
    void check_countTooMany_divergesAtTheLastLine() {
        Verdict verdict = exercise("hog-lines").check("3 lines");

        assertThat(verdict.reading().reactor().prints("program")).contains(divergedAt(verdict));
        assertThat(toldAtDivergence(verdict)).contains("'hog 2'");
    }

    // When the learner says no error is logged but one is, then the verdict steps to the log line.
    @Test
    void check_happensDenied_divergesWhereItHappens() {
        Verdict verdict = exercise("logged").check("no");

        assertThat(toldAtDivergence(verdict)).contains("Unhandled Error").contains("Exception: oops");
        assertThat(verdict.explanation()).contains(toldAtDivergence(verdict));
    }

    // When the learner says something happens that never does, then the verdict steps to the end of the run.
    @Test
    void check_happensClaimed_divergesAtTheEnd() {
        Verdict verdict = exercise("crashed").check("yes");

        assertThat(verdict.divergence().getAsInt())
                .isEqualTo(verdict.recording().size() - 1);
        assertThat(verdict.explanation()).contains("it never does");
    }

    // When the learner writes the order with full names, repeats and arrows, then it reads the same as short names.
    @Test
    void check_orderWrittenDifferently_isCorrect() {
        Verdict verdict = exercise("calls")
                .check("PoetryClientFactory.startedConnecting -> buildProtocol() -> makeConnection -> connectionMade"
                        + " -> dataReceived -> dataReceived -> connectionLost -> poemReceived -> poem_finished ->"
                        + " clientConnectionLost");

        assertThat(verdict.isCorrect()).isTrue();
    }

    // When the learner's order parts from the run, then the verdict steps to the first call where it parts and says so.
    @Test
    void check_orderWrong_divergesWhereItParts() {
        Verdict verdict = exercise("calls").check("startedConnecting, makeConnection, buildProtocol");

        assertThat(calledAt(verdict.reading(), divergedAt(verdict))).isEqualTo("PoetryClientFactory.buildProtocol");
        assertThat(verdict.explanation())
                .contains("Your order is right up to `PoetryClientFactory.startedConnecting`;"
                        + " `PoetryProtocol.makeConnection` does not come next");
    }

    // When an order exercise asks for the first call after an event, then a choice number reads as that choice.
    @Test
    void check_orderFirstAfter_readsChoices() {
        assertThat(exercise("after-eof").check("1").isCorrect()).isTrue();
        Verdict wrong = exercise("after-eof").check("2");
        assertThat(calledAt(wrong.reading(), divergedAt(wrong))).isEqualTo("PoetryProtocol.connectionLost");
        assertThat(exercise("after-eof").answerFormat()).startsWith("the one that comes first");
    }

    // When a result exercise asks about a deferred the program made, then the engine's recording answers it.
    @Test
    void check_resultOfProgramDeferred_isChecked() {
        assertThat(exercise("d-result").check("None").isCorrect()).isTrue();
        assertThat(exercise("d-result").check("abcdef").explanation()).contains("It did hold `abcdef` for a while");
        assertThat(exercise("d-fired").check("2").isCorrect()).isTrue();
    }

    // If a pattern names a process or a deferred the run does not have, then verify reports it.
    @Test
    void verify_unknownNames_areReported() throws LessonFormatException {
        LessonCatalog broken = files(
                        exercise(
                                "who",
                                "\"kind\": \"happens\", \"scenario\": \"timers\", \"event\": {\"who\": \"nobody\","
                                        + " \"event\": \"log\"}, \"answer\": \"no\""),
                        exercise(
                                "d",
                                "\"kind\": \"result\", \"scenario\": \"poetry\", \"deferred\": \"e\", \"answer\":"
                                        + " \"None\""))
                .load();

        assertThat(broken.verify())
                .containsExactly(
                        "01/who: the run has no process called nobody; it has program",
                        "01/d: the run has no deferred called e");
    }

    // If a build exercise names a reactor scenario, then loading fails saying it needs a Deferred scenario.
    @Test
    void load_buildOnReactorScenario_fails() {
        LessonFiles files = files(exercise(
                "b",
                "\"kind\": \"build\", \"scenario\": \"poetry\", \"deferred\": \"d\", \"answer\": \"r a p\","
                        + " \"goal\": {\"value\": \"a\"}"));

        assertThatThrownBy(files::load)
                .hasMessageContaining("a build exercise needs a deferred-scenario/1 scenario, not reactor-scenario/1");
    }

    // If a pattern has an unknown event word or a broken regex, then loading fails at that place.
    @Test
    void load_brokenPattern_failsAtThePlace() {
        assertThatThrownBy(files(exercise(
                        "p",
                        "\"kind\": \"count\", \"scenario\": \"timers\", \"event\": {\"event\":"
                                + " \"printed\"}, \"answer\": \"1\""))::load)
                .hasMessageContaining("$.exercises[0].event.event: expected a trace line's event");
        assertThatThrownBy(files(exercise(
                        "p",
                        "\"kind\": \"count\", \"scenario\": \"timers\", \"event\": {\"event\":"
                                + " \"print\", \"text~\": \"(\"}, \"answer\": \"1\""))::load)
                .hasMessageContaining("$.exercises[0].event.text~: not a regular expression");
    }

    // If a duration is asked of a line that measures nothing, or with a measure the line lacks, then loading fails
    // saying what it measures.
    @Test
    void load_durationOfWrongLine_fails() {
        assertThatThrownBy(files(exercise(
                        "x",
                        "\"kind\": \"duration\", \"scenario\": \"timers\", \"event\":"
                                + " {\"event\": \"print\"}, \"measure\": \"late\", \"answer\":"
                                + " \"1\""))::load)
                .hasMessageContaining("a duration is measured on");
        assertThatThrownBy(files(exercise(
                        "x",
                        "\"kind\": \"duration\", \"scenario\": \"timers\", \"event\":"
                                + " {\"event\": \"timer\"}, \"measure\": \"idle\", \"answer\":"
                                + " \"1\""))::load)
                .hasMessageContaining("a timer line measures [late], not idle");
    }

    // If an order exercise lists lines that have no name, then loading fails naming the kinds of line it can order.
    @Test
    void load_orderOfUnnamedLines_fails() {
        assertThatThrownBy(files(exercise(
                        "o",
                        "\"kind\": \"order\", \"scenario\": \"poetry\", \"event\": {\"event\":"
                                + " \"recv\"}, \"answer\": \"x\""))::load)
                .hasMessageContaining("an order exercise lists the names of [call, print");
    }
}

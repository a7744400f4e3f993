package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.code.ScenarioPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercises that ask for a line of the program (code-line), and recordings of real programs as
 * lesson scenarios: the answer is read from the recording's lines, the code shown is the program's
 * own, and a wrong line is told with what the recording shows there.
 */
class CodeLineExerciseTest {
    private static final String TRANSFORM = "lessons/10-poetry-transformed/recorded-transform.json";
    private static LessonCatalog catalog;

    @TempDir
    Path root;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    private static Exercise exercise(String key) {
        return catalog.exercise(key).orElseThrow(() -> new AssertionError("no exercise " + key));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CodeLineExerciseTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // When a code-line exercise is about a recording, then it shows the recorded program's own lines, numbered.
    @Test
    void codeLineOnARecording_showsTheProgramNumbered() {
        Exercise branch = exercise("10/recorded-check-branch");
        RecordedScenario scenario = (RecordedScenario) branch.scenario();
        List<String> source = scenario.program().code().files().get(0).lines();

        assertThat(branch.code()).hasSize(source.size());
        assertThat(branch.code().get(27)).isEqualTo("28  def transform_failed(failure):");
        assertThat(branch.code().get(0)).startsWith(" 1  \"\"\"");
    }

    // If the learner names the errback's branch for the error it got, in any usual spelling, then the answer is right.
    @Test
    void theBranchTheRecordingShows_isRightHoweverItIsWritten() {
        Exercise branch = exercise("10/recorded-check-branch");
        int line = Integer.parseInt(branch.storedAnswer());
        List<String> code = branch.code();

        assertThat(code.get(line - 1)).contains("return failure.value.args[0]");
        assertThat(branch.check(String.valueOf(line)).isCorrect()).isTrue();
        assertThat(branch.check("line " + line).isCorrect()).isTrue();
        assertThat(branch.check(code.get(line - 1).replaceFirst("^(\\d+)\\s+", "$1: "))
                        .isCorrect())
                .isTrue();
    }

    // If the learner names the other branch, then the first try says what the recording shows on that line (another
    // deferred's errback) and the targeted feedback, but neither the right line nor the explanation; 'why' stops at
    // the run on the right line.
    @Test
    void theOtherBranch_isToldWithWhatHappensThereButNotTheAnswer() {
        Exercise branch = exercise("10/recorded-check-branch");
        String right = branch.storedAnswer();
        int other = Integer.parseInt(right) + 1;

        Verdict verdict = branch.check(String.valueOf(other));

        assertThat(verdict.status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(verdict.firstTry())
                .contains("On line " + other + ", `return failure`", "noise's stage 1 errback", "the other branch")
                .doesNotContain("line " + right)
                .doesNotContain(branch.explanation().substring(0, 40));
        assertThat(verdict.explanation()).contains("line " + right, branch.explanation());
        int shownAt = verdict.divergence().getAsInt();
        assertThat(branch.scenario()
                        .code()
                        .orElseThrow()
                        .lineOf(shownAt)
                        .orElseThrow()
                        .line())
                .as("the line where 'why' stops")
                .isEqualTo(Integer.parseInt(right));
    }

    // If the answer is no line of the program, then it is not an answer (and does not count as an attempt).
    @Test
    void aNumberOutsideTheProgram_isUnreadable() {
        Exercise branch = exercise("10/recorded-check-branch");
        int lines = branch.code().size();

        for (String answer : List.of("0", String.valueOf(lines + 1), "the if", "")) {
            assertThat(branch.check(answer).status()).as(answer).isEqualTo(Verdict.Status.UNREADABLE);
        }
        assertThat(branch.answerFormat()).contains("from 1 to " + lines);
    }

    // When the question is the line after an event, then the answer is the first line after it that is not its own,
    // and the verdict tells what happened on the event's own line first.
    @Test
    void theLineAfterACancel_isTheInnerCancellersAndTheStoryTellsTheHandOn() {
        Exercise after = exercise("19/recorded-after-cancel");
        int line = Integer.parseInt(after.storedAnswer());

        assertThat(after.code().get(line - 1)).contains("delivery.cancel()");
        Verdict verdict = after.check(after.storedAnswer());
        assertThat(verdict.isCorrect()).isTrue();
        assertThat(verdict.explanation())
                .contains(
                        "`clock.callLater(6, outer.cancel)`",
                        "first:",
                        "outer.cancel() is called.",
                        "Twisted passes the cancel on to request#2");
        Verdict outerCanceller = after.check(String.valueOf(line + 22));
        assertThat(after.code().get(line + 21)).contains("the canceller of outer");
        assertThat(outerCanceller.firstTry()).contains("no event on that line", "its canceller is never called");
    }

    // When a lesson's entry names the recording format, then the file loads as a recorded scenario whose run is the
    // file's and whose code is the program's, and exercises on it are checked against that run.
    @Test
    void load_recordingEntry_needsItsFormatAndGivesTheProgram() throws Exception {
        String recording = resource(TRANSFORM);
        String entry = LessonFiles.LESSON_JSON.replace(
                "\"file\": \"s.json\"", "\"file\": \"s.json\", \"format\": \"deferred-recording/1\"");
        String exercise = "{\"id\": \"where\", \"kind\": \"code-line\", \"scenario\": \"s\","
                + " \"event\": {\"d\": \"lost\", \"event\": \"fire\"}, \"prompt\": \"Where?\", \"answer\": \"60\","
                + " \"hints\": [\"Look.\"], \"explanation\": \"There.\"}";

        LessonCatalog loaded = new LessonFiles(root)
                .lesson("01-first", entry, null, LessonFiles.exercises(exercise), recording)
                .load();

        LessonScenario scenario = loaded.lesson(1).orElseThrow().scenarios().get(0);
        assertThat(scenario).isInstanceOf(RecordedScenario.class);
        assertThat(scenario.format()).isEqualTo("deferred-recording/1");
        assertThat(scenario.code().orElseThrow().files().get(0).path()).isEqualTo("recorded-transform.py");
        assertThat(loaded.verify()).isEmpty();
        assertThat(scenario.recording().events())
                .isEqualTo(((RecordedScenario) scenario).program().recording().events());
    }

    // If a recorded scenario's entry does not say its format, then loading names the format to say.
    @Test
    void load_recordingWithoutItsFormat_saysWhichToName() throws Exception {
        String recording = resource(TRANSFORM);
        LessonFiles files = new LessonFiles(root).lesson("01-first", null, null, null, recording);

        assertThatThrownBy(files::load)
                .hasMessageContaining("s.json is not a deferred-scenario/1 file")
                .hasMessageContaining("\"format\": \"deferred-recording/1\"");
    }

    // If an exercise names a deferred the recorded program never made, then loading says so and lists those it made.
    @Test
    void load_deferredTheRecordingLacks_isRefusedWithItsDeferreds() throws Exception {
        String recording = resource(TRANSFORM);
        String entry = LessonFiles.LESSON_JSON.replace(
                "\"file\": \"s.json\"", "\"file\": \"s.json\", \"format\": \"deferred-recording/1\"");
        String lane = LessonFiles.LANE_EXERCISE.replace("\"deferred\": \"d\"", "\"deferred\": \"nobody\"");
        LessonFiles files =
                new LessonFiles(root).lesson("01-first", entry, null, LessonFiles.exercises(lane), recording);

        assertThatThrownBy(files::load)
                .hasMessageContaining(
                        "the recording has no deferred called nobody; it has [plain, capitals, noise, lost]");
    }

    // If a code-line exercise is about a reactor scenario, then loading refuses it: its lines are a recording's or a
    // chain's, which a reactor run (here Part 1's models, with no code at all) does not have.
    @Test
    void load_codeLineOnAReactorScenario_isRefused() throws Exception {
        LessonScenario reactor = catalog.lesson(1).orElseThrow().scenarios().get(0);
        assertThat(reactor).isInstanceOf(ReactorScenario.class);
        String entry = LessonFiles.LESSON_JSON.replace(
                "\"file\": \"s.json\"", "\"file\": \"s.json\", \"format\": \"reactor-scenario/1\"");
        String exercise = "{\"id\": \"where\", \"kind\": \"code-line\", \"scenario\": \"s\","
                + " \"event\": {\"d\": \"d\", \"event\": \"fire\"}, \"prompt\": \"Where?\", \"answer\": \"1\","
                + " \"hints\": [\"Look.\"], \"explanation\": \"There.\"}";
        LessonFiles files = new LessonFiles(root)
                .lesson("01-first", entry, null, LessonFiles.exercises(exercise), reactor.source());

        assertThatThrownBy(files::load).hasMessageContaining("a code-line exercise needs a scenario with code");
    }

    // When a code-line exercise is about a Deferred scenario, then its code is the scenario as Twisted code and the
    // answer is the line that code gives the event.
    @Test
    void codeLineOnAChain_usesTheScenarioWrittenAsTwistedCode() throws Exception {
        DeferredScenario chain = (DeferredScenario)
                catalog.lesson(9).orElseThrow().scenario("criss-cross").orElseThrow();
        int fire = ScenarioPython.fireLine(chain.scenario(), "d").orElseThrow();
        String exercise = "{\"id\": \"where\", \"kind\": \"code-line\", \"scenario\": \"s\","
                + " \"event\": {\"d\": \"d\", \"event\": \"fire\"}, \"prompt\": \"Where?\", \"answer\": \"" + fire
                + "\","
                + " \"hints\": [\"Look.\"], \"explanation\": \"There.\"}";

        LessonCatalog loaded = new LessonFiles(root)
                .lesson("01-first", null, null, LessonFiles.exercises(exercise), chain.source())
                .load();

        Exercise where = loaded.lesson(1).orElseThrow().exercises().get(0);
        assertThat(loaded.verify()).isEmpty();
        assertThat(where.code().get(fire - 1)).contains("callback");
        assertThat(where.check(String.valueOf(fire)).isCorrect()).isTrue();
        assertThat(where.check(String.valueOf(fire - 1)).isCorrect()).isFalse();
    }
}

package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplLessonTest {
    @TempDir
    Path home;

    /** When the lessons are listed, each shows its number, title and solved count. */
    @Test
    void lesson_listsLessonsWithProgress() {
        String screen = ReplSession.type(home, "lesson\n");
        assertThat(screen).contains(" 9  A Second Interlude, Deferred", "0/6", " 19  I Thought I Wanted It");
    }

    /** When a lesson is opened, its objectives, text, scenarios and exercises are shown. */
    @Test
    void lessonN_showsTheLesson() {
        String screen = ReplSession.type(home, "lesson 13\n");
        assertThat(screen)
                .contains(
                        "Lesson 13: Deferred All The Way Down",
                        "After this lesson you will be able to:",
                        "Scenarios ('open NAME')",
                        "Exercises ('exercise N')");
    }

    /** When a wrong answer and then the right one are given, the first is explained and the second counts as solved across sessions. */
    @Test
    void answer_wrongThenRightIsExplainedAndRemembered() throws Exception {
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nanswer callback\nwhy\nqanswer errback\n");
        assertThat(screen).contains("Exercise 9.1", "where the prediction and the run part", "stage 2");
        assertThat(Files.readString(home.resolve("progress.json"))).contains("09/criss-cross-lane");
        assertThat(ReplSession.type(home, "lesson\n")).contains("1/6");
    }

    /** When a lesson scenario is opened, it replaces the workbench and is drawn. */
    @Test
    void open_loadsTheLessonScenario() {
        String screen = ReplSession.type(home, "lesson 9\nopen criss-cross\nlist\n");
        assertThat(screen).contains("return a | passthru", "fail b | passthru");
    }

    /** When a lesson scenario without a deferred named d is opened, only its own run is drawn, with no extra d. */
    @Test
    void open_scenarioWithoutDDrawsOnlyItsOwnRun() {
        String screen = ReplSession.type(home, "lesson 13\nopen outer-inner\nlist\n");
        assertThat(screen)
                .contains("# the run, as the scenario fires it", "outer = Deferred()")
                .doesNotContain("# d.errback(initial*)")
                .doesNotContain("  d: plain");
    }

    /** When hints are asked for, they come one at a time. */
    @Test
    void hint_showsTheHintsInTurn() {
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nhint\nhint\n");
        assertThat(screen).contains("Hint 1:", "Hint 2:");
    }

    /** If the progress file is corrupt, it is reported and set aside, and the lessons still work. */
    @Test
    void corruptProgress_isReportedAndSetAside() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{not json");
        String screen = ReplSession.type(home, "lesson\n");
        assertThat(screen).contains("progress.json.corrupt-");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("progress.json.corrupt-"));
        }
    }
}

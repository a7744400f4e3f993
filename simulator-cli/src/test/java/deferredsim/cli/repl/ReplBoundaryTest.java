package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.Recording;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The session survives every failure of a command, and Ctrl-C stops a command, not the session. */
class ReplBoundaryTest {
    /** The reproducer of issue 16: two fires 5e9 s late, one waiting on the other. */
    static final String LONG_OVERFLOW = String.join(
            "\n",
            "d x p",
            "fire callback v after 5000000000",
            "use x",
            "fire x callback w after 5000000000",
            "use d",
            "");

    @TempDir
    Path home;

    /** When the six typed commands of the issue are drawn, then the session goes on and the chain is still there. */
    @Test
    void show_ofTimesPastTheClockKeepsTheSessionAndTheChain() {
        String screen = ReplSession.type(home, LONG_OVERFLOW + "\nlist\nr after p\nlist\nquit\n");
        assertNoStackTrace(screen);
        assertThat(screen)
                .contains("fired with callback(v) 5000000000 s after it is created")
                .contains(" 0  defer x | passthru")
                .contains(" 1  return after | passthru")
                .contains("bye");
        assertThat(screen.contains("# the run, as the scenario fires it") || screen.contains("stopped: a number grew"))
                .as("either the run is drawn or the message says a number grew too large")
                .isTrue();
    }

    /** If the engine throws an exception, then the message names the command and the session keeps the chain. */
    @Test
    void show_whenTheEngineFailsReportsItAndKeepsTheChain() {
        String screen = ReplSession.type(
                home,
                "d x p\nuse x\nfire callback w\n\nlist\n",
                s -> s.withEngine(failing(new IllegalStateException("deliberate engine failure"))));
        assertNoStackTrace(screen);
        assertThat(screen)
                .contains("Drawing the run failed while carrying out the command: IllegalStateException:"
                        + " deliberate engine failure. This is a fault of the simulator, not of your scenario."
                        + " Nothing you built has changed.")
                .contains(" 0  defer x | passthru", "x: plain, fired with callback(w)", "bye");
    }

    /** If the engine runs out of stack, then the message says the scenario nests too deeply and the session lives. */
    @Test
    void trace_whenTheStackRunsOutSaysItNestsTooDeeply() {
        String screen = ReplSession.type(
                home,
                "d x p\nuse x\nfire callback w\ntrace\nlist\n",
                s -> s.withEngine(failing(new StackOverflowError())));
        assertThat(screen)
                .contains("'trace' stopped: the scenario nests deeper than the simulator can follow")
                .contains(" 0  defer x | passthru", "bye");
    }

    /** If the engine runs out of memory, then the message says the run probably never ends and the session lives. */
    @Test
    void explain_whenTheMemoryRunsOutSaysTheRunProbablyNeverEnds() {
        String screen = ReplSession.type(
                home,
                "d x p\nuse x\nfire callback w\nexplain\nlist\n",
                s -> s.withEngine(failing(new OutOfMemoryError("Java heap space"))));
        assertThat(screen)
                .contains("'explain' stopped: it used up the memory the simulator may use")
                .contains(" 0  defer x | passthru", "bye");
    }

    /** If a command changes the chain and then fails, then the chain is as it was before the command. */
    @Test
    void command_thatFailsHalfwayLeavesTheChainAsItWas() {
        CommandRegistry registry = Repl.standardCommands()
                .add(new Command("wreck", "wreck", "test", "test", Command.Arguments.NONE, (args, ctx) -> {
                    ctx.workbench.clear();
                    throw new IllegalArgumentException("halfway");
                }));
        String screen = ReplSession.type(home, "r kept p\nwreck\nlist\n", s -> s.withRegistry(registry));
        assertThat(screen).contains("'wreck' failed", "halfway", " 0  return kept | passthru");
    }

    /** When Ctrl-C is pressed while a command runs, then the command stops and the next line is carried out. */
    @Test
    @Timeout(60)
    void ctrlC_duringACommandStopsItAndTheSessionGoesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CommandRegistry registry = Repl.standardCommands()
                .add(new Command("slow", "slow", "test", "test", Command.Arguments.NONE, (args, ctx) -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(); // until interrupted
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                    ctx.workbench.clear();
                    ctx.printer.println("the slow command went on after the stop");
                }));
        try (LiveSession session =
                new LiveSession(PromptSettings.of(home, false, null).withRegistry(registry))) {
            session.type("r kept p\nslow\n");
            started.await();
            session.interrupt();
            session.type("list\nquit\n");
            assertThat(session.finish()).isZero();
            assertThat(session.screen())
                    .contains("Stopped 'slow'; nothing you built has changed.", " 0  return kept | passthru", "bye")
                    .doesNotContain("went on after the stop");
        }
    }

    /** If a stopped command ignores the stop, then the prompt comes back anyway and the command can change nothing. */
    @Test
    @Timeout(60)
    void ctrlC_onACommandThatIgnoresItLeavesItInTheBackground() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean printedAfterRelease = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        CommandRegistry registry = Repl.standardCommands()
                .add(new Command("stubborn", "stubborn", "test", "test", Command.Arguments.NONE, (args, ctx) -> {
                    started.countDown();
                    awaitIgnoringInterrupts(release);
                    ctx.workbench.clear();
                    try {
                        ctx.printer.println("the stubborn command printed after the stop");
                        printedAfterRelease.set(true);
                    } finally {
                        finished.countDown();
                    }
                }));
        PromptSettings settings = new PromptSettings(
                home,
                false,
                null,
                java.util.Map.of(),
                Engine.SIMULATION,
                registry,
                java.time.Duration.ZERO,
                deferredsim.cli.text.LineLimit.of(10_000));
        try (LiveSession session = new LiveSession(settings)) {
            session.type("r kept p\nstubborn\n");
            started.await();
            session.interrupt();
            session.type("list\n");
            session.type("r more p\nlist\nquit\n");
            assertThat(session.finish()).isZero();
            release.countDown();
            finished.await();
            assertThat(printedAfterRelease).isFalse();
            assertThat(session.screen())
                    .contains("Stopped 'stubborn'", "finishing in the background")
                    .contains(" 0  return kept | passthru", " 1  return more | passthru")
                    .doesNotContain("printed after the stop");
        }
    }

    /** When Ctrl-C is pressed in the step view, then the view is left and the session goes on. */
    @Test
    void ctrlC_inTheStepViewLeavesIt() {
        String screen = ReplSession.type(home, "r good f bad\nstep\nn\u0003list\nquit\n");
        assertThat(screen).contains("event 1 of", " 0  return good | fail bad", "bye");
    }

    /** If a line is longer than the limit, then nothing is done and the message names the limit and how to raise it. */
    @Test
    void line_overTheLimitIsRefusedWithTheLimitNamed() {
        String screen = ReplSession.type(
                home,
                "r kept p\nr " + "x".repeat(200) + " p\nlist\n",
                s -> s.withLimit(deferredsim.cli.text.LineLimit.of(100)));
        assertThat(screen)
                .contains("the line is 204 characters long, over the limit of 100 characters for one line")
                .contains("DEFERRED_SIM_MAX_LINE=N", " 0  return kept | passthru")
                .doesNotContain(" 1  return");
    }

    /** If a run is stopped at one of the engine's limits, then the message is the limit's own, not a fault. */
    @Test
    void show_whenTheRunHitsALimitQuotesTheLimit() {
        String screen = ReplSession.type(
                home,
                "d x p\nuse x\nfire callback w\n\nlist\n",
                s -> s.withEngine(failing(new RunLimitException("the run was stopped after 10 events"))));
        assertThat(screen)
                .contains("Drawing the run stopped at a limit: the run was stopped after 10 events. Nothing you built"
                        + " has changed.")
                .doesNotContain("fault of the simulator")
                .contains(" 0  defer x | passthru");
    }

    /** An engine's limit, as the engine reports one: its type name ends with LimitException. */
    static final class RunLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunLimitException(String message) {
            super(message);
        }
    }

    private static Engine failing(Throwable failure) {
        return scenario -> {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return (Recording) null;
        };
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // a command that does not listen
            }
        }
    }

    static void assertNoStackTrace(String screen) {
        assertThat(screen).doesNotContain("Exception in thread", "\tat ", "at deferredsim.");
    }
}

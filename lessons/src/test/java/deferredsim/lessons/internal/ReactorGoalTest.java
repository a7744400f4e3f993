package deferredsim.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reactor program's goal: what a run misses of it, and where the run leaves it. */
class ReactorGoalTest {
    /** tick is due at 1 but runs at 3, after a callback that sleeps; then it prints and stops the reactor. */
    private static Recording blocked() throws Exception {
        return ReactorSimulation.run(ReactorScenarioReader.read("""
            {"format": "reactor-scenario/1",
             "program": {"main": ["reactor.callLater 1 tick", "reactor.callWhenRunning hog", "reactor.run"],
              "functions": {"hog": ["print hogging", "time.sleep 3"], "tick": ["print tick", "reactor.stop"]}}}\
            """));
    }

    private static ReactorGoal.Print line(String text, long at) {
        return new ReactorGoal.Print(text, Time.ofSeconds(at));
    }

    // If a run does everything the goal says, then it misses nothing.
    @Test
    void misses_runThatMeetsTheGoal_isEmpty() throws Exception {
        ReactorGoal goal = new ReactorGoal(
                List.of(line("hogging", 0), line("tick", 3)),
                Optional.of(Time.ofSeconds(3)),
                Optional.of(false),
                Optional.empty());

        assertThat(goal.misses(blocked())).isEmpty();
        assertThat(goal.describe())
                .containsExactly(
                        "the program prints, in this order: `hogging` at t=0, `tick` at t=3",
                        "the reactor is stopped at t=3",
                        "the reactor logs no error");
    }

    // If a line comes at another time, a timed call is late and the stop is elsewhere, then each is one sentence,
    // and the run leaves the goal at the first of them.
    @Test
    void misses_lateTickAndWrongTimes_oneSentenceEach() throws Exception {
        Recording run = blocked();
        ReactorGoal goal = new ReactorGoal(
                List.of(line("hogging", 0), line("tick", 1)),
                Optional.of(Time.ofSeconds(1)),
                Optional.empty(),
                Optional.of(false));

        assertThat(goal.misses(run))
                .containsExactly(
                        "`tick` is printed at t=3, not at t=1.",
                        "The reactor is stopped at t=3, not at t=1.",
                        "`tick` runs 2 s late: due at t=1, run at t=3.");
        assertThat(run.events().get(goal.divergence(run)).toString()).contains("TimerRan");
    }

    // If the run prints fewer or other lines, or nothing stops the reactor, then that is what it misses.
    @Test
    void misses_missingLinesAndNoStop_areTold() throws Exception {
        Recording run = blocked();

        assertThat(new ReactorGoal(
                                List.of(line("hogging", 0), line("tick", 3), line("tock", 4)),
                                Optional.of(ReactorGoal.NEVER),
                                Optional.empty(),
                                Optional.empty())
                        .misses(run))
                .containsExactly(
                        "It prints 2 lines; the goal has 3, the next being `tock` at t=4.",
                        "The reactor is stopped at t=3; the goal is that nothing stops it.");
        assertThat(new ReactorGoal(
                                List.of(new ReactorGoal.Print("hogging!", null)),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())
                        .misses(run))
                .containsExactly("Its line 1 is `hogging` (at t=0), where the goal has `hogging!`.");
    }
}

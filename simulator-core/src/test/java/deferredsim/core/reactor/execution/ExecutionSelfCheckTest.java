package deferredsim.core.reactor.execution;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Part 1's self-checks, answered by the scenarios in examples/reactor. */
class ExecutionSelfCheckTest {
    // If three tasks each compute 1 s, wait 3 s and compute 1 s, then sync takes 15 s, threaded on 3 cores 5 s, async 7
    // s.
    @Test
    void part1Check1_tasksThatWait_syncFifteenAsyncSevenThreadedFive() {
        Map<String, ExecutionEvents.ModelFinished> finished = finished(run("part1-1-tasks-that-wait"));

        assertThat(finished.get("synchronous").time()).isEqualTo(Time.ofSeconds(15));
        assertThat(finished.get("threaded").time()).isEqualTo(Time.ofSeconds(5));
        assertThat(finished.get("asynchronous").time()).isEqualTo(Time.ofSeconds(7));
    }

    // If the async model runs those tasks, then A runs 0-1, B 1-2, C 2-3, A 4-5, B 5-6, C 6-7, idle only 3-4.
    @Test
    void part1Check1_asyncLane_interleavesAndIdlesWhenAllWait() {
        Recording recording = run("part1-1-tasks-that-wait");

        List<String> main = events(
                        recording,
                        ExecutionEvents.Segment.class,
                        s -> s.who().equals("asynchronous") && s.lane().equals(ExecutionModels.MAIN))
                .stream()
                .map(s -> (s.activity() == SegmentKind.IDLE ? "idle" : s.task()) + " " + s.time() + "-" + s.end())
                .collect(Collectors.toList());

        assertThat(main).containsExactly("A 0-1", "B 1-2", "C 2-3", "idle 3-4", "A 4-5", "B 5-6", "C 6-7");
        assertThat(finished(recording).get("asynchronous").idle()).isEqualTo(Time.ofSeconds(1));
    }

    // If the tasks never wait, then sync and async both take 6 s: async gains nothing.
    @Test
    void part1Check2_tasksThatNeverWait_asyncGainsNothing() {
        Map<String, ExecutionEvents.ModelFinished> finished = finished(run("part1-2-tasks-that-never-wait"));

        assertThat(finished.get("synchronous").time()).isEqualTo(Time.ofSeconds(6));
        assertThat(finished.get("asynchronous").time()).isEqualTo(Time.ofSeconds(6));
        assertThat(finished.get("asynchronous").idle()).isEqualTo(Time.ZERO);
    }

    // If Fig 4's tasks have grey WAIT gaps, then async's saving is exactly the waiting it fills with other tasks' CPU.
    @Test
    void part1Check3_whatMakesAsyncFaster_theWaitGapsItFills() {
        Map<String, ExecutionEvents.ModelFinished> finished = finished(run("part1-3-what-makes-async-faster"));
        ExecutionEvents.ModelFinished sync = finished.get("synchronous");
        ExecutionEvents.ModelFinished async = finished.get("asynchronous");

        assertThat(sync.cpu()).isEqualTo(async.cpu());
        assertThat(sync.time().minus(async.time())).isEqualTo(sync.idle().minus(async.idle()));
        assertThat(sync.time().minus(async.time())).isEqualTo(seconds("8")); // 16 s against 8 s, worked by hand
    }

    // If the same tasks lose their WAIT segments, then async saves nothing: no gaps, no gain.
    @Test
    void part1Check3_withoutTheGaps_noSaving() {
        List<Task> tasks = ReactorScenarioTasks.of("part1-3-what-makes-async-faster").stream()
                .map(task -> new Task(
                        task.name(),
                        task.segments().stream()
                                .filter(s -> s.kind() == Task.Kind.CPU)
                                .collect(Collectors.toList())))
                .collect(Collectors.toList());

        Schedule sync = ExecutionModels.schedule(ExecutionModel.SYNCHRONOUS, tasks, 1);
        Schedule async = ExecutionModels.schedule(ExecutionModel.ASYNCHRONOUS, tasks, 1);

        assertThat(async.total()).isEqualTo(sync.total());
    }

    private static Map<String, ExecutionEvents.ModelFinished> finished(Recording recording) {
        return events(recording, ExecutionEvents.ModelFinished.class).stream()
                .collect(Collectors.toMap(ExecutionEvents.ModelFinished::who, f -> f));
    }

    /** The tasks of an example scenario. */
    private static final class ReactorScenarioTasks {
        static List<Task> of(String name) {
            return deferredsim.core.testing.ReactorRuns.scenario(name)
                    .execution()
                    .orElseThrow()
                    .tasks();
        }
    }
}

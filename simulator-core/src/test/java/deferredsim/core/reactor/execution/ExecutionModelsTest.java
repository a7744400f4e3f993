package deferredsim.core.reactor.execution;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How {@link ExecutionModels#schedule} lays tasks out on lanes. */
class ExecutionModelsTest {
    private static final Task WAITER = Task.of(
            "A",
            Task.Segment.cpu(Time.ofSeconds(1)),
            Task.Segment.waitFor(Time.ofSeconds(3)),
            Task.Segment.cpu(Time.ofSeconds(1)));

    // If the synchronous model meets a WAIT, then its single lane shows the program blocked for it.
    @Test
    void schedule_synchronousShowsWaitsOnTheMainLane() {
        Schedule schedule = ExecutionModels.schedule(ExecutionModel.SYNCHRONOUS, List.of(WAITER), 1);

        assertThat(schedule.segments()).extracting(Schedule.LaneSegment::lane).containsOnly(ExecutionModels.MAIN);
        assertThat(schedule.segments())
                .extracting(Schedule.LaneSegment::what)
                .containsExactly(SegmentKind.CPU, SegmentKind.WAIT, SegmentKind.CPU);
        assertThat(schedule.idle()).isEqualTo(Time.ofSeconds(3));
    }

    // If the threaded model has fewer cores than threads, then a thread waits READY for a core, in arrival order.
    @Test
    void schedule_threadedWithOneCore_queuesThreadsForTheCore() {
        Task b = new Task("B", List.of(Task.Segment.cpu(Time.ofSeconds(2))));
        Schedule schedule = ExecutionModels.schedule(ExecutionModel.THREADED, List.of(WAITER, b), 1);

        List<String> laneB = schedule.segments().stream()
                .filter(s -> s.lane().equals("B"))
                .map(s -> s.what() + " " + s.start() + "-" + s.end())
                .collect(Collectors.toList());

        assertThat(laneB).containsExactly("READY 0-1", "CPU 1-3");
        assertThat(schedule.total()).isEqualTo(Time.ofSeconds(5));
    }

    // If every task starts with a WAIT, then the async lane begins idle and the tasks run as their waits end.
    @Test
    void schedule_asyncWithLeadingWaits_idlesFirst() {
        Task a = Task.of("A", Task.Segment.waitFor(Time.ofSeconds(2)), Task.Segment.cpu(Time.ofSeconds(1)));
        Task b = Task.of("B", Task.Segment.waitFor(Time.ofSeconds(1)), Task.Segment.cpu(Time.ofSeconds(1)));

        Schedule schedule = ExecutionModels.schedule(ExecutionModel.ASYNCHRONOUS, List.of(a, b), 1);

        List<String> main = schedule.segments().stream()
                .filter(s -> s.lane().equals(ExecutionModels.MAIN))
                .map(s -> (s.task() == null ? "idle" : s.task()) + " " + s.start() + "-" + s.end())
                .collect(Collectors.toList());
        assertThat(main).containsExactly("idle 0-1", "B 1-2", "A 2-3");
        assertThat(schedule.idle()).isEqualTo(Time.ofSeconds(1));
    }

    // If there are no segments at all, then every model takes no time.
    @Test
    void schedule_emptyTasks_takeNoTime() {
        for (ExecutionModel model : ExecutionModel.values()) {
            assertThat(ExecutionModels.schedule(model, List.of(new Task("A", List.of())), 1)
                            .total())
                    .isEqualTo(Time.ZERO);
        }
    }
}

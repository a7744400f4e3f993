package deferredsim.core.reactor.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How processes take turns on a {@link World}'s clock. */
class WorldTest {
    // If two processes sleep different lengths, then each resumes at its own time, in time order.
    @Test
    void sleep_resumesEachProcessAtItsOwnTime() {
        World world = World.create();
        List<String> log = new ArrayList<>();
        world.spawn("slow", Time.ZERO, p -> {
            p.sleep(Time.ofSeconds(3));
            log.add("slow@" + p.now());
        });
        world.spawn("fast", Time.ZERO, p -> {
            p.sleep(Time.ofSeconds(1));
            log.add("fast@" + p.now());
            p.sleep(Time.ofSeconds(1));
            log.add("fast@" + p.now());
        });

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(log).containsExactly("fast@1", "fast@2", "slow@3");
    }

    // If a process waits for a condition another process makes true, then it resumes at that moment.
    @Test
    void waitUntil_resumesWhenTheWorldChanges() {
        World world = World.create();
        boolean[] flag = new boolean[1];
        Time[] woke = new Time[1];
        world.spawn("waiter", Time.ZERO, p -> {
            p.waitUntil(() -> flag[0], null);
            woke[0] = p.now();
        });
        world.spawn("setter", Time.ofSeconds(2), p -> {
            flag[0] = true;
            p.world().changed();
        });

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(woke[0]).isEqualTo(Time.ofSeconds(2));
    }

    // If a wait has a deadline and nothing happens, then it returns false at the deadline.
    @Test
    void waitUntil_returnsFalseAtTheDeadline() {
        World world = World.create();
        boolean[] result = {true};
        world.spawn("waiter", Time.ZERO, p -> result[0] = p.waitUntil(() -> false, Time.ofSeconds(4)));

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(result[0]).isFalse();
        assertThat(world.now()).isEqualTo(Time.ofSeconds(4));
    }

    // If a process waits for ever, then run returns when the clock is empty and end() unwinds the process.
    @Test
    void end_unwindsAProcessParkedForEver() {
        World world = World.create();
        world.spawn("stuck", Time.ZERO, p -> p.waitUntil(() -> false, null));

        boolean limited = world.run(Time.ofSeconds(10));
        world.end();

        assertThat(limited).isFalse();
        assertThat(world.processes().get(0).isFinished()).isTrue();
    }

    // If calls remain after the limit, then run stops there and says so.
    @Test
    void run_stopsAtTheLimit() {
        World world = World.create();
        world.spawn("late", Time.ofSeconds(20), p -> p.world().record(new ProcessEvents.Exited(p.now(), p.who())));

        assertThat(world.run(Time.ofSeconds(10))).isTrue();
        world.end();
        assertThat(world.events()).isEmpty();
    }

    // If a process fails with a Java exception (a model bug), then run rethrows it after shutting every process down.
    @Test
    void run_rethrowsAProcessFailure() {
        World world = World.create();
        world.spawn("parked", Time.ZERO, p -> p.waitUntil(() -> false, null));
        world.spawn("buggy", Time.ofSeconds(1), p -> {
            throw new IllegalArgumentException("bug");
        });

        assertThatThrownBy(() -> world.run(Time.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("buggy")
                .hasRootCauseMessage("bug");
        assertThat(world.processes()).allMatch(Process::isFinished);
    }

    // When a process runs, then world.current() names it; between turns it is null.
    @Test
    void current_namesTheRunningProcess() {
        World world = World.create();
        String[] seen = new String[1];
        world.spawn("me", Time.ZERO, p -> seen[0] = p.world().current().who());

        world.run(Time.ofSeconds(1));
        world.end();

        assertThat(seen[0]).isEqualTo("me");
        assertThat(world.current()).isNull();
    }
}

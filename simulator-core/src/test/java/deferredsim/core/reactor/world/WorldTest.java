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
        world.spawn("slow", Time.ZERO, p -> p.sleep(Time.ofSeconds(3), () -> log.add("slow@" + p.now())));
        world.spawn(
                "fast",
                Time.ZERO,
                p -> p.sleep(Time.ofSeconds(1), () -> {
                    log.add("fast@" + p.now());
                    p.sleep(Time.ofSeconds(1), () -> log.add("fast@" + p.now()));
                }));

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
        world.spawn("waiter", Time.ZERO, p -> p.waitUntil(() -> flag[0], null, () -> woke[0] = p.now()));
        world.spawn("setter", Time.ofSeconds(2), p -> {
            flag[0] = true;
            p.world().changed();
        });

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(woke[0]).isEqualTo(Time.ofSeconds(2));
    }

    // If a wait has a deadline and nothing happens, then the process goes on at the deadline.
    @Test
    void waitUntil_goesOnAtTheDeadline() {
        World world = World.create();
        Time[] woke = new Time[1];
        world.spawn("waiter", Time.ZERO, p -> p.waitUntil(() -> false, Time.ofSeconds(4), () -> woke[0] = p.now()));

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(woke[0]).isEqualTo(Time.ofSeconds(4));
        assertThat(world.now()).isEqualTo(Time.ofSeconds(4));
    }

    // If a process sleeps zero seconds a million times, then it runs in one turn without using up the stack.
    @Test
    void sleep_zeroManyTimes_runsWithoutRecursion() {
        World world = World.create();
        int[] count = {0};
        world.spawn("spinner", Time.ZERO, new ProcessBody() {
            @Override
            public void start(Process p) {
                if (++count[0] < 1_000_000) {
                    p.sleep(Time.ZERO, () -> start(p));
                }
            }
        });

        world.run(Time.ofSeconds(1));
        world.end();

        assertThat(count[0]).isEqualTo(1_000_000);
    }

    // If a process holds its thread, then the other processes run meanwhile and it goes on at the end of the hold.
    @Test
    void hold_letsTheWorldRunMeanwhile() {
        World world = World.create();
        List<String> log = new ArrayList<>();
        world.spawn("holder", Time.ZERO, p -> {
            p.hold(Time.ofSeconds(3));
            log.add("holder@" + p.now());
        });
        world.spawn(
                "ticker",
                Time.ZERO,
                p -> p.sleep(Time.ofSeconds(1), () -> {
                    log.add("ticker@" + p.now() + " current="
                            + p.world().current().who());
                    p.sleep(Time.ofSeconds(1), () -> log.add("ticker@" + p.now()));
                }));

        world.run(Time.ofSeconds(10));
        world.end();

        assertThat(log).containsExactly("ticker@1 current=ticker", "ticker@2", "holder@3");
    }

    // If the time limit comes while a process holds its thread, then the hold is cut there and run reports the limit.
    @Test
    void hold_pastTheLimit_endsTheHolder() {
        World world = World.create();
        List<String> log = new ArrayList<>();
        world.spawn("holder", Time.ZERO, p -> {
            p.hold(Time.ofSeconds(30));
            log.add("never");
        });

        boolean limited = world.run(Time.ofSeconds(10));
        world.end();

        assertThat(limited).isTrue();
        assertThat(log).isEmpty();
        assertThat(world.processes().get(0).isFinished()).isTrue();
    }

    // If a second process tries to hold its thread while another holds its own, then the run fails fast naming both.
    @Test
    void hold_whileAnotherHolds_failsFast() {
        World world = World.create();
        world.spawn("first", Time.ZERO, p -> p.hold(Time.ofSeconds(5)));
        world.spawn("second", Time.ofSeconds(1), p -> p.hold(Time.ofSeconds(1)));

        assertThatThrownBy(() -> world.run(Time.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'second' would hold its thread while 'first' holds its own");
        assertThat(world.processes()).allMatch(Process::isFinished);
    }

    // If a turn leaves two continuations, then the process fails as a modelling bug instead of running both.
    @Test
    void sleep_twiceInOneTurn_failsFast() {
        World world = World.create();
        world.spawn("confused", Time.ZERO, p -> {
            p.sleep(Time.ofSeconds(1), () -> {});
            p.sleep(Time.ofSeconds(2), () -> {});
        });

        assertThatThrownBy(() -> world.run(Time.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("confused")
                .hasRootCauseMessage("process 'confused' cannot sleep: its turn already waits for something else");
    }

    // If a process waits for ever, then run returns when the clock is empty and end() finishes the process.
    @Test
    void end_unwindsAProcessParkedForEver() {
        World world = World.create();
        world.spawn("stuck", Time.ZERO, p -> p.waitUntil(() -> false, null, () -> {}));

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
        world.spawn("parked", Time.ZERO, p -> p.waitUntil(() -> false, null, () -> {}));
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

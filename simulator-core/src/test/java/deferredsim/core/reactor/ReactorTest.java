package deferredsim.core.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The {@link Reactor}'s own rules, through its Java API. */
class ReactorTest {
    /** Runs {@code body} on a fresh reactor's process until the world is idle; returns the world. */
    private static World run(BiConsumer<Reactor, List<String>> body, List<String> log) {
        World world = World.create();
        world.spawn("program", Time.ZERO, process -> body.accept(Reactor.create(process), log));
        world.run(Time.ofSeconds(100));
        world.end();
        return world;
    }

    // If stop() is called before run(), then it raises ReactorNotRunning.
    @Test
    void stop_beforeRun_raisesReactorNotRunning() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    try {
                        reactor.stop();
                    } catch (ReactorNotRunning expected) {
                        out.add(expected.render());
                    }
                },
                log);

        assertThat(log).containsExactly("ReactorNotRunning: Can't stop reactor that isn't running.");
    }

    // If run() is called after the reactor stopped, then it raises ReactorNotRestartable.
    @Test
    void run_afterStop_raisesReactorNotRestartable() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    reactor.callWhenRunning("stop", reactor::stop);
                    reactor.run(() -> {
                        out.add(reactor.state().toString());
                        assertThatThrownBy(() -> reactor.run(() -> {})).isInstanceOf(ReactorNotRestartable.class);
                    });
                },
                log);

        assertThat(log).containsExactly("STOPPED");
    }

    // If two calls are due at the same time, then they run in scheduling order (task.Clock's FIFO).
    @Test
    void callLater_equalTimes_runInSchedulingOrder() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    reactor.callLater(Time.ofSeconds(1), "b", () -> out.add("b"));
                    reactor.callLater(Time.ofSeconds(1), "c", () -> out.add("c"));
                    reactor.callLater(Time.ZERO, "a", () -> out.add("a"));
                    reactor.callLater(Time.ofSeconds(2), "stop", reactor::stop);
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("a", "b", "c");
    }

    // If a timed call schedules callLater(0), then the new call waits for the next iteration, after the other due
    // calls.
    @Test
    void callLater_scheduledDuringAPass_waitsForTheNextPass() {
        List<String> log = new ArrayList<>();
        World world = run(
                (reactor, out) -> {
                    reactor.callLater(Time.ofSeconds(1), "first", () -> {
                        out.add("first");
                        reactor.callLater(Time.ZERO, "nested", () -> out.add("nested"));
                    });
                    reactor.callLater(Time.ofSeconds(1), "second", () -> out.add("second"));
                    reactor.callLater(
                            Time.ofSeconds(1), "stopper", () -> reactor.callLater(Time.ZERO, "stop", reactor::stop));
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("first", "second", "nested");
        assertThat(world.now()).isEqualTo(Time.ofSeconds(1));
    }

    // If a callback holds the thread past other calls' due times, then those calls run late, in order, right after it.
    @Test
    void callLater_behindABlockingCallback_runsLate() {
        List<String> log = new ArrayList<>();
        World world = run(
                (reactor, out) -> {
                    reactor.callLater(Time.ofSeconds(1), "tick", () -> out.add("tick@" + reactor.seconds()));
                    reactor.callLater(Time.ofSeconds(2), "tock", () -> out.add("tock@" + reactor.seconds()));
                    reactor.callWhenRunning("hog", () -> reactor.process().hold(Time.ofSeconds(5)));
                    reactor.callLater(Time.ofSeconds(6), "stop", reactor::stop);
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("tick@5", "tock@5");
        assertThat(world.events())
                .filteredOn(ReactorEvents.TimerRan.class::isInstance)
                .map(e -> ((ReactorEvents.TimerRan) e).late())
                .containsExactly(Time.ofSeconds(4), Time.ofSeconds(3), Time.ZERO);
    }

    // If a delayed call ran, then cancel raises AlreadyCalled; if it was cancelled, then a second cancel raises
    // AlreadyCancelled.
    @Test
    void cancel_afterRunOrTwice_raisesTwistedsErrors() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    DelayedCall ran = reactor.callLater(Time.ZERO, "ran", () -> {});
                    DelayedCall cancelled = reactor.callLater(Time.ofSeconds(5), "cancelled", () -> out.add("never"));
                    reactor.callLater(Time.ofSeconds(1), "check", () -> {
                        out.add(ran.active() + " " + cancelled.active());
                        cancelled.cancel();
                        out.add(String.valueOf(cancelled.active()));
                        assertThatThrownBy(ran::cancel).isInstanceOf(AlreadyCalled.class);
                        assertThatThrownBy(cancelled::cancel).isInstanceOf(AlreadyCancelled.class);
                        reactor.stop();
                    });
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("false true", "false");
    }

    // If a callback raises, then the reactor logs it and runs the next callback.
    @Test
    void callbackRaising_isLoggedAndTheLoopGoesOn() {
        List<String> log = new ArrayList<>();
        World world = run(
                (reactor, out) -> {
                    reactor.callLater(Time.ofSeconds(1), "boom", () -> {
                        throw SimulatedException.of("Exception", "boom");
                    });
                    reactor.callLater(Time.ofSeconds(2), "after", () -> {
                        out.add("after");
                        reactor.stop();
                    });
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("after");
        assertThat(world.events())
                .contains(new ReactorEvents.ErrorLogged(Time.ofSeconds(1), "program", "Exception: boom", "boom"));
    }

    // If callWhenRunning is called while running, then the function runs at once and its exception reaches the caller.
    @Test
    void callWhenRunning_whileRunning_callsAtOnce() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    reactor.callWhenRunning("outer", () -> {
                        reactor.callWhenRunning("inner", () -> out.add("inner"));
                        out.add("outer");
                        assertThatThrownBy(() -> reactor.callWhenRunning("raiser", () -> {
                                    throw SimulatedException.of("Exception", "x");
                                }))
                                .isInstanceOf(SimulatedException.class);
                        reactor.stop();
                    });
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("inner", "outer");
    }

    // If reset moves a delayed call, then it runs at its new time.
    @Test
    void reset_movesTheCall() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    DelayedCall call = reactor.callLater(Time.ofSeconds(1), "moved", () -> {
                        out.add("moved@" + reactor.seconds());
                        reactor.stop();
                    });
                    reactor.callWhenRunning("reset", () -> call.reset(Time.ofSeconds(3)));
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("moved@3");
    }

    // If a LoopingCall is stopped from outside, then its pending call is cancelled and its deferred fires at once.
    @Test
    void loopingCall_stoppedFromOutside_firesItsDeferred() {
        List<String> log = new ArrayList<>();
        run(
                (reactor, out) -> {
                    World world = reactor.process().world();
                    RecordedDeferreds deferreds = RecordedDeferreds.of(world);
                    LoopingCall loop = LoopingCall.create(
                            reactor, deferreds, "lc", "f", "()", () -> out.add("f@" + reactor.seconds()));
                    reactor.callWhenRunning(
                            "start",
                            () -> loop.start(Time.ofSeconds(2), false, "d").addCallback(v -> {
                                out.add("fired " + v.render());
                                return v;
                            }));
                    reactor.callLater(Time.ofSeconds(5), "stop loop", () -> {
                        loop.stop();
                        reactor.stop();
                    });
                    reactor.run(() -> {});
                },
                log);

        assertThat(log).containsExactly("f@2", "f@4", "fired LoopingCall<2>(f, *(), **{})");
    }
}

package deferredsim.core.reactor.scenario;

import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.execution.ExecutionModels;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.net.PoetryServer;
import deferredsim.core.reactor.poetry.BlockingPoetryClient;
import deferredsim.core.reactor.poetry.GetPoetry;
import deferredsim.core.reactor.poetry.PoetrySocketClient;
import deferredsim.core.reactor.poetry.ProtocolPoetryClient;
import deferredsim.core.reactor.poetry.SelectPoetryClient;
import deferredsim.core.reactor.script.Interpreter;
import deferredsim.core.reactor.script.Place;
import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.server.TransformClient;
import deferredsim.core.reactor.server.TwistedServer;
import deferredsim.core.reactor.service.Twistd;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.RunLimits;
import deferredsim.core.reactor.world.World;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.RunLimitException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link ReactorScenario} in a fresh {@link World} and returns its recording: every
 * process's events and every Deferred's, in the order they happened, on one clock.
 *
 * <p>Setting up, in this order: the servers listen (one network for all clients, or, with {@code
 * clientsShareServers: false}, a private copy of the servers per client process, named {@code
 * server PORT for NAME}); the execution models, the Part 2 clients, the Twisted client, the
 * program (process {@code program}) and the transform clients are spawned; the Twisted servers
 * and {@code twistd} are spawned first, so at one instant they listen before anyone connects. Then the clock runs until nothing is scheduled or
 * the scenario's {@code until}. At the end: a reactor still running records {@code idle-forever}
 * (or, at the time limit, a {@code limit} event is recorded at {@code until}); then one {@code
 * result} per Deferred the program made, in creation order.
 *
 * <p>A runaway (more events than {@link RunLimits#maxEvents()}, or a time past what the clock
 * holds) stops the run with a {@link RunLimitException} whose partial recording ends the same way:
 * a {@code limit} event at the time of the stop, then the results so far.
 */
public final class ReactorSimulation {
    /** The process name of a scenario's program. */
    public static final String PROGRAM = "program";

    private ReactorSimulation() {}

    /**
     * Simulates {@code scenario} with the limits the system properties set; see the class comment.
     *
     * @throws RunLimitException when the run is stopped at a limit
     */
    public static Recording run(ReactorScenario scenario) {
        return run(scenario, RunLimits.fromSystemProperties());
    }

    /**
     * Simulates {@code scenario} within {@code limits}; see the class comment for what happens.
     *
     * @throws RunLimitException when the run is stopped at a limit
     */
    static Recording run(ReactorScenario scenario, RunLimits limits) {
        return run(scenario, limits, null);
    }

    /**
     * A run of a scenario together with where its program was at each event: {@code
     * spots().get(i)} for event {@code i} of {@code recording()}, null where no program ran yet
     * (or the scenario has none).
     */
    @SuppressWarnings("exports")
    public record Watched(Recording recording, List<Place.Spot> spots) {
        public Watched {
            java.util.Objects.requireNonNull(recording, "recording");
            spots = java.util.Collections.unmodifiableList(new ArrayList<>(spots));
        }
    }

    /**
     * Simulates {@code scenario} as {@link #run(ReactorScenario)} does and says, for every event,
     * where the program was ({@link Interpreter#spot()}): what a listing of the program as code
     * needs to show the line of each event. A run stopped at a limit gives its partial recording.
     */
    public static Watched runWatched(ReactorScenario scenario) {
        List<Place.Spot> spots = new ArrayList<>();
        Recording recording;
        try {
            recording = run(scenario, RunLimits.fromSystemProperties(), spots);
        } catch (RunLimitException stopped) {
            recording = stopped.partial();
        }
        return new Watched(recording, spots);
    }

    private static Recording run(ReactorScenario scenario, RunLimits limits, List<Place.Spot> spots) {
        World world = World.create(limits);
        Interpreter[] interpreter = new Interpreter[1];
        if (spots != null) {
            world.watch(event -> spots.add(interpreter[0] == null ? null : interpreter[0].spot()));
        }
        Network.Numbering numbering = new Network.Numbering();
        Network shared = scenario.clientsShareServers() ? network(world, numbering, scenario, "") : null;
        RecordedDeferreds deferreds = RecordedDeferreds.of(world);
        if (shared != null) {
            scenario.twistedServers().forEach(server -> TwistedServer.spawn(world, shared, deferreds, server));
            scenario.twistd().ifPresent(twistd -> Twistd.spawn(world, shared, deferreds, twistd));
        }
        scenario.execution().ifPresent(e -> ExecutionModels.spawn(world, e.tasks(), e.models(), e.cores()));
        for (ReactorScenario.Client client : scenario.clients()) {
            Network network = shared != null ? shared : network(world, numbering, scenario, client.name());
            if (client.kind() == ReactorScenario.ClientKind.BLOCKING) {
                BlockingPoetryClient.spawn(world, network, client.name(), client.start(), client.ports());
            } else {
                SelectPoetryClient.spawn(
                        world, network, client.name(), client.start(), client.ports(), client.hangUpAfter());
            }
        }
        scenario.twistedClient().ifPresent(client -> {
            Network network = shared != null ? shared : network(world, numbering, scenario, client.who());
            if (client.version() == ReactorScenario.TwistedVersion.V2_0) {
                ProtocolPoetryClient.spawn(
                        world, network, client.who(), client.start(), client.ports(), client.readSize());
            } else {
                PoetrySocketClient.spawn(
                        world,
                        network,
                        client.who(),
                        client.start(),
                        client.ports(),
                        client.version() == ReactorScenario.TwistedVersion.BROKEN,
                        client.timeout());
            }
        });
        scenario.program().ifPresent(program -> {
            Network network = shared != null ? shared : network(world, numbering, scenario, PROGRAM);
            world.spawn(PROGRAM, Time.ZERO, process -> {
                Reactor reactor = Reactor.create(process);
                Program.GetPoetryOptions options = program.getPoetry();
                GetPoetry getPoetry = GetPoetry.create(
                        Tcp.create(reactor, network),
                        deferreds,
                        options.timeout(),
                        options.guard(),
                        options.readSize());
                interpreter[0] = Interpreter.create(program, reactor, deferreds, getPoetry);
                interpreter[0].runMain();
            });
        });
        if (shared != null) {
            scenario.transformClients().forEach(client -> TransformClient.spawn(world, shared, deferreds, client));
        }
        try {
            if (world.run(scenario.until())) {
                world.record(new ProcessEvents.LimitReached(scenario.until(), "simulation"));
            }
            world.end();
        } catch (RunLimitException stopped) {
            world.shutdown();
            throw stoppedAt(world, deferreds, stopped.limit(), stopped.getMessage());
        } catch (RuntimeException broken) {
            world.shutdown();
            if (overflowed(broken)) {
                throw stoppedAt(world, deferreds, "time", TIME_MESSAGE);
            }
            throw broken;
        }
        deferreds.recordOutcomes();
        return world.recording();
    }

    private static final String TIME_MESSAGE = "the run was stopped: its virtual time went past "
            + Time.ofNanos(Long.MAX_VALUE) + " seconds (about 292 years), the longest time the simulator's"
            + " clock holds; this limit cannot be raised: use shorter delays, segments or intervals";

    /** The exception for a run stopped at {@code limit}: what happened so far, a limit event, the results so far. */
    private static RunLimitException stoppedAt(World world, RecordedDeferreds deferreds, String limit, String why) {
        world.record(new ProcessEvents.LimitReached(world.now(), "simulation"));
        deferreds.recordOutcomes();
        return new RunLimitException(limit, why, world.recording());
    }

    /** True when {@code broken} comes from a time sum that no longer fits the clock. */
    private static boolean overflowed(Throwable broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }

    private static Network network(World world, Network.Numbering numbering, ReactorScenario scenario, String client) {
        Network network = Network.create(world, numbering);
        for (ReactorScenario.Server server : scenario.servers()) {
            String who = "server " + server.port() + (client.isEmpty() ? "" : " for " + client);
            network.listen(PoetryServer.create(who, server.port(), server.poem(), server.chunk(), server.delay()));
        }
        return network;
    }
}

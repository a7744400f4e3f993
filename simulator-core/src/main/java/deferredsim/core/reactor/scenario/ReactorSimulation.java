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
import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.World;
import deferredsim.core.recording.Recording;
import deferredsim.core.time.Time;

/**
 * Runs a {@link ReactorScenario} in a fresh {@link World} and returns its recording: every
 * process's events and every Deferred's, in the order they happened, on one clock.
 *
 * <p>Setting up, in this order: the servers listen (one network for all clients, or, with {@code
 * clientsShareServers: false}, a private copy of the servers per client process, named {@code
 * server PORT for NAME}); the execution models, the Part 2 clients, the Twisted client and the
 * program (process {@code program}) are spawned. Then the clock runs until nothing is scheduled or
 * the scenario's {@code until}. At the end: a reactor still running records {@code idle-forever}
 * (or, at the time limit, a {@code limit} event is recorded at {@code until}); then one {@code
 * result} per Deferred the program made, in creation order.
 */
public final class ReactorSimulation {
    /** The process name of a scenario's program. */
    public static final String PROGRAM = "program";

    private ReactorSimulation() {}

    /** Simulates {@code scenario}; see the class comment for what happens. */
    public static Recording run(ReactorScenario scenario) {
        World world = World.create();
        Network.Numbering numbering = new Network.Numbering();
        Network shared = scenario.clientsShareServers() ? network(world, numbering, scenario, "") : null;
        RecordedDeferreds deferreds = RecordedDeferreds.of(world);
        scenario.execution().ifPresent(e -> ExecutionModels.spawn(world, e.tasks(), e.models(), e.cores()));
        for (ReactorScenario.Client client : scenario.clients()) {
            Network network = shared != null ? shared : network(world, numbering, scenario, client.name());
            if (client.kind() == ReactorScenario.ClientKind.BLOCKING) {
                BlockingPoetryClient.spawn(world, network, client.name(), client.start(), client.ports());
            } else {
                SelectPoetryClient.spawn(world, network, client.name(), client.start(), client.ports());
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
                Interpreter.create(program, reactor, deferreds, getPoetry).runMain();
            });
        });
        try {
            if (world.run(scenario.until())) {
                world.record(new ProcessEvents.LimitReached(scenario.until(), "simulation"));
            }
        } finally {
            world.end();
        }
        deferreds.recordOutcomes();
        return world.recording();
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

package deferredsim.core.reactor.service;

import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.value.Value;
import java.util.List;

/**
 * {@code twistd --nodaemon} running an application, as Twisted 22.4 does on Unix, in process
 * {@value TwistdSpec#WHO}. Its log lines go to standard output (as with {@code --nodaemon}), so
 * they are recorded as prints.
 *
 * <ol>
 *   <li>{@code privilegedStartService()} on the whole tree (a {@code TCPServer} binds its port
 *       here, so "starting on" is logged before any service's {@code startService});
 *   <li>{@code startService()} on the whole tree, each pass depth-first in the order children
 *       were added; then {@code stopService} becomes a "before shutdown" trigger;
 *   <li>{@code reactor.run()}. Ctrl-C logs "Received SIGINT, shutting down." and stops the
 *       reactor; the shutdown first calls the application's {@code stopService}, which stops the
 *       children in reverse order, and waits for the Deferred it returns while the reactor keeps
 *       running; then the loop ends ("Main loop terminated.", "Server Shut Down.").
 * </ol>
 *
 * <p>Every service method it calls is recorded as a call {@code NAME.method}.
 */
public final class Twistd {
    private final Process process;
    private final RecordedDeferreds deferreds;
    private final TwistdSpec spec;
    private Reactor reactor;
    private Tcp tcp;

    private Twistd(Process process, RecordedDeferreds deferreds, TwistdSpec spec) {
        this.process = process;
        this.deferreds = deferreds;
        this.spec = spec;
    }

    /** Starts {@code spec}'s {@code twistd} at time 0. */
    public static void spawn(World world, Network network, RecordedDeferreds deferreds, TwistdSpec spec) {
        world.spawn(
                TwistdSpec.WHO,
                deferredsim.core.time.Time.ZERO,
                process -> new Twistd(process, deferreds, spec).main(network));
    }

    private void main(Network network) {
        reactor = Reactor.create(process);
        tcp = Tcp.create(reactor, network);
        MultiService application = new MultiService(spec.application());
        spec.services().forEach(child -> application.addService(build(child)));
        try {
            privilegedStart(application);
            start(application);
        } catch (SimulatedException raised) {
            process.crashed(raised.render());
            return;
        }
        reactor.addBeforeShutdownTrigger(application.name() + ".stopService", () -> stop(application));
        if (spec.sigint() != null) {
            reactor.callLater(spec.sigint(), "SIGINT", () -> {
                log("Received SIGINT, shutting down.");
                reactor.stop();
            });
        }
        reactor.run(() -> {
            log("Main loop terminated.");
            log("Server Shut Down.");
            process.exited();
        });
    }

    private static Service build(ServiceSpec spec) {
        return switch (spec) {
            case ServiceSpec.Multi multi -> {
                MultiService service = new MultiService(multi.name());
                multi.services().forEach(child -> service.addService(build(child)));
                yield service;
            }
            case ServiceSpec.TcpServer server -> new LeafServices.TcpServer(server);
            case ServiceSpec.Poetry poetry -> new LeafServices.Poetry(poetry);
            case ServiceSpec.Custom custom -> new LeafServices.Custom(custom);
        };
    }

    /** The reactor. */
    Reactor reactor() {
        return reactor;
    }

    /** TCP on the reactor. */
    Tcp tcp() {
        return tcp;
    }

    /** The run's Deferreds. */
    RecordedDeferreds deferreds() {
        return deferreds;
    }

    /** {@code log.msg(text)}: a line on standard output. */
    void log(String text) {
        process.print(text);
    }

    /** Calls {@code service.privilegedStartService()}, recorded. */
    void privilegedStart(Service service) {
        process.call(service.name() + ".privilegedStartService", List.of(), () -> service.privilegedStartService(this));
    }

    /** Calls {@code service.startService()}, recorded. */
    void start(Service service) {
        process.call(service.name() + ".startService", List.of(), () -> service.startService(this));
    }

    private Deferred stop(Service service) {
        Deferred[] stopped = new Deferred[1];
        process.call(service.name() + ".stopService", List.of(), () -> stopped[0] = service.stopService(this));
        return stopped[0];
    }

    /**
     * {@code maybeDeferred(service.stopService)}: its Deferred, or a new one already fired with
     * None (it returned nothing) or with the failure (it raised).
     */
    Deferred maybeDeferredStop(Service service) {
        try {
            Deferred stopped = stop(service);
            if (stopped != null) {
                return stopped;
            }
            Deferred done = deferreds.create(service.name() + "_stopped", "maybeDeferred");
            deferreds.fire(done, Value.NONE);
            return done;
        } catch (SimulatedException raised) {
            Deferred failed = deferreds.create(service.name() + "_stopped", "maybeDeferred");
            deferreds.fire(failed, raised.toFailure());
            return failed;
        }
    }

    /** {@code DeferredList(members)}, recorded as {@code name}. */
    Deferred deferredList(String name, List<Deferred> members, String createdBy) {
        return deferreds.createList(name, members, createdBy);
    }
}

package deferredsim.core.reading;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reactor model's side of a recording (Parts 1–8 of the book), read once into timelines every
 * view draws: each execution model's lanes of segments, each process's thread (when it was
 * blocked, by what), its reactor's phases and timed calls, each client's connections and the bytes
 * it read. Every element carries the index of the event that made it, so a view shows the run as
 * of a {@link Playhead} by leaving out what came later ({@link #process(String, Playhead)} does it
 * for a process's state).
 *
 * <p>Get one from {@link Reading#reactor()}; a recording with no reactor events gives an empty one.
 */
public final class ReactorReading {
    /** A stretch of time on a lane or a thread; {@code endIndex} is -1 while it is still open at the end. */
    public record Span(int index, Time from, Time until, int endIndex, String task, SegmentKind activity, String what) {
        /** True when the span has begun by {@code at}. */
        public boolean visibleAt(Playhead at) {
            return index < at.position();
        }
    }

    /** One lane of a Part 1 execution model. */
    public record Lane(String name, List<Span> spans) {}

    /** A Part 1 execution model: its lanes, and its totals once it finished. */
    public record Model(String who, int index, List<Lane> lanes, Totals totals) {}

    /** An execution model's totals: when it finished, CPU time, idle time. */
    public record Totals(int index, Time total, Time cpu, Time idle) {}

    /** A read: {@code bytes} bytes (text {@code data} when known) arrived in the client's hands. */
    public record Read(int index, Time time, int bytes, String data) {}

    /**
     * A client's connection ({@code refused}: the connect failed), opened at {@code index}, closed at
     * {@code closedIndex} (-1 while open).
     */
    public record Connection(
            String name,
            int port,
            int index,
            Time opened,
            int closedIndex,
            Time closed,
            boolean refused,
            List<Read> reads) {}

    /** A process that connects to servers, and when it exited (-1: it did not). */
    public record Client(String who, List<Connection> connections, int exitIndex, Time exited) {}

    /** A timed call ({@code callLater}): scheduled, due, and when it ran or was cancelled (-1: not). */
    public record Timer(
            String who,
            int id,
            String call,
            int index,
            Time scheduled,
            Time due,
            int ranIndex,
            Time ran,
            int cancelledIndex) {
        /** How late it ran, or zero. */
        public Time late() {
            return ran == null || !due.isBefore(ran) ? Time.ZERO : ran.minus(due);
        }
    }

    /**
     * A server: what it serves, how, and what it did, each part with the event that made it. A slow
     * poetry server has its poem, chunk and delay and a null {@code factory}; a Twisted server's
     * listening port has its {@code factory} and a null poem (its protocols decide what is sent).
     * {@code stoppedIndex} is the event that closed its listening port ({@code stopListening} done),
     * or -1 when it listens to the end.
     */
    public record Server(
            String who,
            int index,
            int port,
            String poem,
            int bytes,
            int chunk,
            Time delay,
            String factory,
            List<Accept> accepts,
            List<Send> sends,
            List<Close> closes,
            int stoppedIndex) {
        /** What it serves, in a few words: {@code port 10000: ecstasy, 30 B every 0.1 s}. */
        public String summary() {
            return factory != null
                    ? "port " + port + ": listenTCP(" + factory + ")"
                    : "port " + port + ": " + poem + ", " + chunk + " B every " + delay + " s";
        }
    }

    /** A server accepted connection {@code connection} from {@code client}. */
    public record Accept(int index, Time time, String connection, String client) {}

    /** A server sent {@code bytes} bytes on {@code connection}. */
    public record Send(int index, Time time, String connection, int bytes) {}

    /** A server closed its end of {@code connection}. */
    public record Close(int index, Time time, String connection) {}

    /** A reactor's {@code select} returned (iteration {@code iteration}) with {@code ready} connections (none: a timed call is due). */
    public record Wake(int index, Time time, String who, int iteration, List<String> ready) {}

    /** A reactor changed phase: {@code reactor.run()}, {@code stop()}, stopped, or left waiting for ever. */
    public record PhaseChange(int index, Time time, String who, ReactorPhase phase) {}

    /** A call asked for once the reactor runs ({@code callWhenRunning}). */
    public record Trigger(int index, Time time, String who, String call) {}

    /** A function a process called (a protocol callback, a timed call, a deferred's callback), and its stack, outermost first. */
    public record Call(int index, Time time, String who, String function, List<String> args, List<String> stack) {}

    /** A line a process printed. */
    public record Print(int index, Time time, String who, String text, boolean stderr) {}

    /** An error: logged by a reactor ({@code during} what), or escaping a process's top level ({@code during} null: it crashed). */
    public record Problem(int index, Time time, String who, String error, String during) {}

    /**
     * A process ended.
     *
     * @param phase {@link ProcessPhase#EXITED}, {@link ProcessPhase#CRASHED}, or {@link
     *     ProcessPhase#RUNNING} when the simulation's time limit stopped it still running
     */
    public record Ending(int index, Time time, String who, ProcessPhase phase) {}

    /** A process's thread: when it was held, by what. */
    public record ThreadTimeline(String who, List<Span> blocks) {}

    /** Where a process stands at a playhead. */
    public enum ProcessPhase {
        /** Nothing of it has happened yet. */
        NOT_STARTED,
        /** Its code runs (or it is ready to). */
        RUNNING,
        /** Its only thread is held: {@code time.sleep}, CPU work, a blocking read. */
        BLOCKED,
        /** Its reactor waits in {@code select} for something to happen. */
        WAITING_IN_SELECT,
        /** Its program ended normally. */
        EXITED,
        /** An exception escaped its top level. */
        CRASHED
    }

    /**
     * A process at a playhead.
     *
     * @param reactor its reactor's phase, or null when it has none (yet)
     * @param blockedBy what holds its thread while {@link ProcessPhase#BLOCKED}, else null
     * @param blockedUntil when that ends, or null when not known in advance
     * @param stack its call stack as of its last call, outermost first, the called function last
     * @param printed how many lines it has printed
     */
    public record ProcessSnapshot(
            String who,
            ProcessPhase phase,
            ReactorPhase reactor,
            String blockedBy,
            Time blockedUntil,
            List<String> stack,
            int printed) {
        public ProcessSnapshot {
            stack = List.copyOf(stack);
        }

        /**
         * Its state in a few words, the same in every view: {@code not started}, {@code running},
         * {@code blocked by time.sleep(2) until t=3}, {@code waiting in select}, {@code exited},
         * {@code crashed}.
         */
        public String status() {
            return switch (phase) {
                case NOT_STARTED -> "not started";
                case RUNNING -> reactor == ReactorPhase.STOPPED ? "running, its reactor stopped" : "running";
                case BLOCKED ->
                    "blocked by " + blockedBy + (blockedUntil == null ? "" : " until " + Words.time(blockedUntil));
                case WAITING_IN_SELECT ->
                    reactor == ReactorPhase.IDLE_FOREVER ? "waiting in select for ever" : "waiting in select";
                case EXITED -> "exited";
                case CRASHED -> "crashed";
            };
        }
    }

    private final Recording recording;
    private final List<String> processes;
    private final List<String> withReactor;
    private final List<Model> models;
    private final List<Client> clients;
    private final List<Timer> timers;
    private final List<ThreadTimeline> threads;
    private final Map<String, List<Integer>> printed;
    private final String[] owners;
    private final List<Server> servers;
    private final List<Wake> wakes;
    private final List<PhaseChange> phaseChanges;
    private final List<Trigger> triggers;
    private final List<Call> calls;
    private final List<Print> printLines;
    private final List<Problem> problems;
    private final List<Ending> endings;

    private ReactorReading(Builder builder) {
        this.recording = builder.recording;
        this.processes = List.copyOf(builder.processes);
        this.withReactor = List.copyOf(builder.withReactor);
        this.models = builder.models.values().stream().map(ModelBuilder::build).toList();
        this.clients =
                builder.clients.values().stream().map(ClientBuilder::build).toList();
        this.timers = builder.timers.values().stream().map(TimerBuilder::build).toList();
        this.threads = builder.threads.entrySet().stream()
                .map(e -> new ThreadTimeline(
                        e.getKey(),
                        e.getValue().stream().map(SpanBuilder::build).toList()))
                .toList();
        this.printed = Map.copyOf(builder.printed);
        this.owners = builder.owners;
        this.servers =
                builder.servers.values().stream().map(ServerBuilder::build).toList();
        this.wakes = List.copyOf(builder.wakes);
        this.phaseChanges = List.copyOf(builder.phaseChanges);
        this.triggers = List.copyOf(builder.triggers);
        this.calls = List.copyOf(builder.calls);
        this.printLines = List.copyOf(builder.printLines);
        this.problems = List.copyOf(builder.problems);
        this.endings = List.copyOf(builder.endings);
    }

    static ReactorReading of(Recording recording) {
        return new Builder(recording).build();
    }

    /** True when the recording has no reactor events (a plain Deferred scenario). */
    public boolean isEmpty() {
        return processes.isEmpty();
    }

    /** Every process, in the order it first appears. */
    public List<String> processes() {
        return processes;
    }

    /** The processes that ran a Twisted reactor, in the order they first appear. */
    public List<String> reactors() {
        return withReactor;
    }

    /** The Part 1 execution models, in the order they start. */
    public List<Model> models() {
        return models;
    }

    /** The processes that connect to servers, in the order they first connect. */
    public List<Client> clients() {
        return clients;
    }

    /** Every timed call, in the order scheduled. */
    public List<Timer> timers() {
        return timers;
    }

    /** Every process's thread with its blocked stretches (processes that were never blocked are left out). */
    public List<ThreadTimeline> threads() {
        return threads;
    }

    /** The events at which {@code who} printed, in order. */
    public List<Integer> prints(String who) {
        return printed.getOrDefault(who, List.of());
    }

    /**
     * The process event {@code index} belongs to (its {@code who}); empty for the Deferred engine's
     * own events and the clock's, which belong to no process.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not an event index of the recording
     */
    public Optional<String> processOf(int index) {
        return Optional.ofNullable(owners[index]);
    }

    /** The poetry servers, in the order they start listening. */
    public List<Server> servers() {
        return servers;
    }

    /** Every reactor wake-up ({@code select} returning), in order. */
    public List<Wake> wakes() {
        return wakes;
    }

    /** Every reactor phase change, in order. */
    public List<PhaseChange> phaseChanges() {
        return phaseChanges;
    }

    /** Every {@code callWhenRunning}, in order. */
    public List<Trigger> triggers() {
        return triggers;
    }

    /** Every function call the processes recorded, in order. */
    public List<Call> calls() {
        return calls;
    }

    /** Every printed line, in order. */
    public List<Print> printLines() {
        return printLines;
    }

    /** Every logged error and crash, in order. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every process's end (exit, crash or time limit), in order. */
    public List<Ending> endings() {
        return endings;
    }

    /** The process event {@code index} belongs to; empty for an event of the Deferred engine. */
    public Optional<String> who(int index) {
        return recording.get(index) instanceof SimEvent.ReactorEvent event
                ? Optional.of(event.who())
                : Optional.empty();
    }

    /** Where process {@code who} stands at {@code at}. */
    public ProcessSnapshot process(String who, Playhead at) {
        ProcessPhase phase = ProcessPhase.NOT_STARTED;
        ReactorPhase reactor = null;
        String blockedBy = null;
        Time blockedUntil = null;
        List<String> stack = List.of();
        int prints = 0;
        Time now = at.atStart() ? Time.ZERO : recording.get(at.lastEvent()).time();
        for (int i = 0; i < at.position(); i++) {
            if (!(recording.get(i) instanceof SimEvent.ReactorEvent event)
                    || !event.who().equals(who)) {
                continue;
            }
            if (phase == ProcessPhase.NOT_STARTED) {
                phase = ProcessPhase.RUNNING;
            }
            switch (event) {
                case ProcessEvents.Blocked e -> {
                    phase = ProcessPhase.BLOCKED;
                    blockedBy = e.what();
                    blockedUntil = e.until();
                }
                case ProcessEvents.Unblocked e -> {
                    phase = ProcessPhase.RUNNING;
                    blockedBy = null;
                    blockedUntil = null;
                }
                case ProcessEvents.Called e -> {
                    List<String> frames = new ArrayList<>(e.stack());
                    frames.add(e.function());
                    stack = frames;
                }
                case ProcessEvents.Printed e -> prints++;
                case ProcessEvents.Exited e -> phase = ProcessPhase.EXITED;
                case ProcessEvents.Crashed e -> phase = ProcessPhase.CRASHED;
                case ReactorEvents.StateChanged e -> reactor = e.phase();
                default -> {}
            }
        }
        if (phase == ProcessPhase.BLOCKED && blockedUntil != null && !now.isBefore(blockedUntil)) {
            phase = ProcessPhase.RUNNING;
            blockedBy = null;
            blockedUntil = null;
        }
        if (phase == ProcessPhase.RUNNING
                && (reactor == ReactorPhase.RUNNING || reactor == ReactorPhase.IDLE_FOREVER)) {
            phase = ProcessPhase.WAITING_IN_SELECT;
        }
        return new ProcessSnapshot(who, phase, reactor, blockedBy, blockedUntil, stack, prints);
    }

    private static final class SpanBuilder {
        final int index;
        final Time from;
        Time until;
        int endIndex = -1;
        final String task;
        final SegmentKind activity;
        final String what;

        SpanBuilder(int index, Time from, Time until, String task, SegmentKind activity, String what) {
            this.index = index;
            this.from = from;
            this.until = until;
            this.task = task;
            this.activity = activity;
            this.what = what;
            this.endIndex = until == null ? -1 : index;
        }

        Span build() {
            return new Span(index, from, until, endIndex, task, activity, what);
        }
    }

    private static final class ModelBuilder {
        final String who;
        final int index;
        final Map<String, List<SpanBuilder>> lanes = new LinkedHashMap<>();
        Totals totals;

        ModelBuilder(String who, int index) {
            this.who = who;
            this.index = index;
        }

        Model build() {
            List<Lane> built = new ArrayList<>();
            lanes.forEach((name, spans) -> built.add(
                    new Lane(name, spans.stream().map(SpanBuilder::build).toList())));
            return new Model(who, index, built, totals);
        }
    }

    private static final class ConnectionBuilder {
        final String name;
        final int port;
        final int index;
        final Time opened;
        final boolean refused;
        int closedIndex = -1;
        Time closed;
        final List<Read> reads = new ArrayList<>();

        ConnectionBuilder(String name, int port, int index, Time opened, boolean refused) {
            this.name = name;
            this.port = port;
            this.index = index;
            this.opened = opened;
            this.refused = refused;
        }

        Connection build() {
            return new Connection(name, port, index, opened, closedIndex, closed, refused, List.copyOf(reads));
        }
    }

    private static final class ClientBuilder {
        final String who;
        final Map<String, ConnectionBuilder> connections = new LinkedHashMap<>();
        int exitIndex = -1;
        Time exited;

        ClientBuilder(String who) {
            this.who = who;
        }

        Client build() {
            return new Client(
                    who,
                    connections.values().stream().map(ConnectionBuilder::build).toList(),
                    exitIndex,
                    exited);
        }
    }

    private static final class TimerBuilder {
        final String who;
        final int id;
        final String call;
        final int index;
        final Time scheduled;
        final Time due;
        int ranIndex = -1;
        Time ran;
        int cancelledIndex = -1;

        TimerBuilder(String who, int id, String call, int index, Time scheduled, Time due) {
            this.who = who;
            this.id = id;
            this.call = call;
            this.index = index;
            this.scheduled = scheduled;
            this.due = due;
        }

        Timer build() {
            return new Timer(who, id, call, index, scheduled, due, ranIndex, ran, cancelledIndex);
        }
    }

    private static final class ServerBuilder {
        final String who;
        final int index;
        final int port;
        final String poem;
        final int bytes;
        final int chunk;
        final Time delay;
        final String factory;
        final List<Accept> accepts = new ArrayList<>();
        final List<Send> sends = new ArrayList<>();
        final List<Close> closes = new ArrayList<>();
        int stoppedIndex = -1;

        ServerBuilder(String who, int index, NetworkEvents.Listening listening) {
            this.who = who;
            this.index = index;
            this.port = listening.port();
            this.poem = listening.poem();
            this.bytes = listening.bytes();
            this.chunk = listening.chunk();
            this.delay = listening.delay();
            this.factory = null;
        }

        ServerBuilder(String who, int index, NetworkEvents.PortOpened opened) {
            this.who = who;
            this.index = index;
            this.port = opened.port();
            this.poem = null;
            this.bytes = 0;
            this.chunk = 0;
            this.delay = null;
            this.factory = opened.factory();
        }

        Server build() {
            return new Server(
                    who,
                    index,
                    port,
                    poem,
                    bytes,
                    chunk,
                    delay,
                    factory,
                    List.copyOf(accepts),
                    List.copyOf(sends),
                    List.copyOf(closes),
                    stoppedIndex);
        }
    }

    private static final class Builder {
        final Recording recording;
        final Map<String, ServerBuilder> servers = new LinkedHashMap<>();
        final List<Wake> wakes = new ArrayList<>();
        final List<PhaseChange> phaseChanges = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<Call> calls = new ArrayList<>();
        final List<Print> printLines = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<Ending> endings = new ArrayList<>();
        final List<String> processes = new ArrayList<>();
        final List<String> withReactor = new ArrayList<>();
        final Map<String, ModelBuilder> models = new LinkedHashMap<>();
        final Map<String, ClientBuilder> clients = new LinkedHashMap<>();
        final Map<String, TimerBuilder> timers = new LinkedHashMap<>();
        final Map<String, List<SpanBuilder>> threads = new LinkedHashMap<>();
        final Map<String, SpanBuilder> openBlocks = new LinkedHashMap<>();
        final Map<String, List<Integer>> printed = new LinkedHashMap<>();
        final String[] owners;

        Builder(Recording recording) {
            this.recording = recording;
            this.owners = new String[recording.size()];
        }

        ReactorReading build() {
            List<SimEvent> events = recording.events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof SimEvent.ReactorEvent event) {
                    read(i, event);
                }
            }
            return new ReactorReading(this);
        }

        private void read(int i, SimEvent.ReactorEvent event) {
            String who = event.who();
            owners[i] = who;
            if (!processes.contains(who)) {
                processes.add(who);
            }
            if (event instanceof ReactorEvents.StateChanged && !withReactor.contains(who)) {
                withReactor.add(who);
            }
            Time time = event.time();
            switch (event) {
                case ExecutionEvents.ModelStarted e -> {
                    ModelBuilder model = models.computeIfAbsent(who, w -> new ModelBuilder(w, i));
                    e.lanes().forEach(lane -> model.lanes.computeIfAbsent(lane, l -> new ArrayList<>()));
                }
                case ExecutionEvents.Segment e ->
                    models.computeIfAbsent(who, w -> new ModelBuilder(w, i))
                            .lanes
                            .computeIfAbsent(e.lane(), l -> new ArrayList<>())
                            .add(new SpanBuilder(i, time, e.end(), e.task(), e.activity(), null));
                case ExecutionEvents.ModelFinished e ->
                    models.computeIfAbsent(who, w -> new ModelBuilder(w, i)).totals =
                            new Totals(i, time, e.cpu(), e.idle());
                case NetworkEvents.Connected e ->
                    client(who)
                            .connections
                            .put(e.connection(), new ConnectionBuilder(e.connection(), e.port(), i, time, false));
                case NetworkEvents.Refused e ->
                    client(who)
                            .connections
                            .put("refused " + i, new ConnectionBuilder("refused", e.port(), i, time, true));
                case NetworkEvents.Received e -> {
                    ConnectionBuilder c = connection(who, e.connection());
                    if (c != null) {
                        c.reads.add(new Read(i, time, e.bytes(), e.data()));
                    }
                }
                case NetworkEvents.Closed e -> {
                    close(who, e.connection(), i, time);
                    if (servers.containsKey(who)) {
                        servers.get(who).closes.add(new Close(i, time, e.connection()));
                    }
                }
                case NetworkEvents.EndOfFile e -> close(who, e.connection(), i, time);
                case NetworkEvents.Listening e -> servers.put(who, new ServerBuilder(who, i, e));
                case NetworkEvents.PortOpened e -> servers.putIfAbsent(who, new ServerBuilder(who, i, e));
                case NetworkEvents.PortClosed e -> {
                    ServerBuilder server = servers.get(who);
                    if (server != null && server.port == e.port()) {
                        server.stoppedIndex = i;
                    }
                }
                case NetworkEvents.Accepted e -> {
                    if (servers.containsKey(who)) {
                        servers.get(who).accepts.add(new Accept(i, time, e.connection(), e.client()));
                    }
                }
                case NetworkEvents.Sent e -> {
                    if (servers.containsKey(who)) {
                        servers.get(who).sends.add(new Send(i, time, e.connection(), e.bytes()));
                    }
                }
                case ReactorEvents.Wake e -> wakes.add(new Wake(i, time, who, e.iteration(), List.copyOf(e.ready())));
                case ReactorEvents.StateChanged e -> phaseChanges.add(new PhaseChange(i, time, who, e.phase()));
                case ReactorEvents.TriggerAdded e -> triggers.add(new Trigger(i, time, who, e.call()));
                case ReactorEvents.ErrorLogged e -> problems.add(new Problem(i, time, who, e.error(), e.during()));
                case ProcessEvents.Called e ->
                    calls.add(new Call(i, time, who, e.function(), List.copyOf(e.args()), List.copyOf(e.stack())));
                case ProcessEvents.Crashed e -> {
                    problems.add(new Problem(i, time, who, e.error(), null));
                    endings.add(new Ending(i, time, who, ProcessPhase.CRASHED));
                }
                case ProcessEvents.LimitReached e -> endings.add(new Ending(i, time, who, ProcessPhase.RUNNING));
                case ProcessEvents.Exited e -> {
                    endings.add(new Ending(i, time, who, ProcessPhase.EXITED));
                    if (clients.containsKey(who)) {
                        clients.get(who).exitIndex = i;
                        clients.get(who).exited = time;
                    }
                }
                case ProcessEvents.Blocked e -> {
                    SpanBuilder span = new SpanBuilder(i, time, e.until(), null, null, e.what());
                    threads.computeIfAbsent(who, w -> new ArrayList<>()).add(span);
                    if (e.until() == null) {
                        openBlocks.put(who, span);
                    }
                }
                case ProcessEvents.Unblocked e -> {
                    SpanBuilder open = openBlocks.remove(who);
                    if (open != null) {
                        open.until = time;
                        open.endIndex = i;
                    }
                }
                case ProcessEvents.Printed e -> {
                    printed.computeIfAbsent(who, w -> new ArrayList<>()).add(i);
                    printLines.add(new Print(i, time, who, e.text(), e.stderr()));
                }
                case ReactorEvents.TimerScheduled e ->
                    timers.put(who + "#" + e.id(), new TimerBuilder(who, e.id(), e.call(), i, time, e.due()));
                case ReactorEvents.TimerRan e -> {
                    TimerBuilder timer = timers.get(who + "#" + e.id());
                    if (timer != null) {
                        timer.ranIndex = i;
                        timer.ran = time;
                    }
                }
                case ReactorEvents.TimerCancelled e -> {
                    TimerBuilder timer = timers.get(who + "#" + e.id());
                    if (timer != null) {
                        timer.cancelledIndex = i;
                    }
                }
                default -> {}
            }
        }

        private ClientBuilder client(String who) {
            return clients.computeIfAbsent(who, ClientBuilder::new);
        }

        private ConnectionBuilder connection(String who, String name) {
            ClientBuilder client = clients.get(who);
            return client == null ? null : client.connections.get(name);
        }

        private void close(String who, String name, int i, Time time) {
            ConnectionBuilder c = connection(who, name);
            if (c != null && c.closedIndex < 0) {
                c.closedIndex = i;
                c.closed = time;
            }
        }
    }
}

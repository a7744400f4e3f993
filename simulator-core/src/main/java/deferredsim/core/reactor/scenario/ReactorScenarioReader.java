package deferredsim.core.reactor.scenario;

import deferredsim.core.io.InputException;
import deferredsim.core.io.TextInput;
import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.reactor.execution.ExecutionModel;
import deferredsim.core.reactor.execution.Task;
import deferredsim.core.reactor.net.Poem;
import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.time.Time;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code reactor-scenario/1} files into {@link ReactorScenario}s, checking everything, with
 * the same kind of messages as the {@code deferred-scenario/1} reader: {@code line:column:
 * $.json.path: what was expected}, stopping at the first problem. Statements of a {@code program}
 * are checked word by word (the column points into the string) and as a whole (every name used is
 * defined, and fits how it is used).
 *
 * <p>The class has static methods only. {@link #declaresReactorFormat(String)} tells a caller which
 * reader a file is for.
 */
public final class ReactorScenarioReader {
    /** The only {@code format} this reader accepts. */
    public static final String FORMAT = "reactor-scenario/1";

    /** The simulation's default time limit, in seconds of virtual time. */
    public static final Time DEFAULT_UNTIL = Time.ofSeconds(3600);

    private static final List<String> TOP_KEYS = List.of(
            "format",
            "title",
            "until",
            "execution",
            "servers",
            "clients",
            "clientsShareServers",
            "twistedClient",
            "program",
            "twistedServers",
            "transformClients",
            "twistd");
    private static final List<String> PROCESS_SECTIONS =
            List.of("execution", "clients", "twistedClient", "program", "twistedServers", "transformClients", "twistd");

    private ReactorScenarioReader() {}

    /**
     * True when {@code json} is a JSON object whose {@code format} is a string starting with {@code
     * reactor-scenario/}: a file for this reader (which then checks the version). False for
     * anything else, including text that is not JSON.
     */
    public static boolean declaresReactorFormat(String json) {
        try {
            JsonNode root = Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
            if (root instanceof JsonObject && ((JsonObject) root).get("format") instanceof JsonString) {
                return ((JsonString) ((JsonObject) root).get("format")).value().startsWith("reactor-scenario/");
            }
        } catch (JsonSyntaxException notJson) {
            return false;
        }
        return false;
    }

    /** As {@link #declaresReactorFormat(String)} for a file; false when it cannot be read. */
    public static boolean declaresReactorFormat(Path file) {
        try {
            return declaresReactorFormat(TextInput.read(file));
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    /**
     * Reads a reactor scenario from its JSON text.
     *
     * @throws ScenarioException for the first problem found, with its JSON path, line and column
     */
    public static ReactorScenario read(String json) throws ScenarioException {
        return read(parse(json));
    }

    /**
     * Reads a reactor scenario from its JSON text with one statement of its program changed:
     * statement {@code index} (from 0) of {@code main} when {@code function} is null, else of that
     * function, becomes {@code statement}, or goes when {@code statement} is null. The result is
     * checked as a whole, as any file is: a statement that names nothing defined is refused.
     *
     * @throws ScenarioException when the scenario does not read, has no such statement, or does not
     *     read with the change; its problem says why in the reader's words
     */
    public static ReactorScenario withStatement(String json, String function, int index, String statement)
            throws ScenarioException {
        JsonNode root = parse(json);
        String path = function == null ? "$.program.main" : "$.program.functions." + function;
        if (!(root instanceof JsonObject top)
                || !(top.get("program") instanceof JsonObject program)
                || !((function == null ? program.get("main") : functionsOf(program, function))
                        instanceof JsonArray body)
                || index < 0
                || index >= body.size()) {
            throw new ScenarioException(path, "the program has no statement " + index + " there");
        }
        List<JsonNode> statements = new ArrayList<>(body.elements());
        JsonNode old = statements.get(index);
        if (statement == null) {
            statements.remove(index);
        } else {
            statements.set(index, new JsonString(statement, old.line(), old.column()));
        }
        JsonArray changed = new JsonArray(statements, body.line(), body.column());
        JsonObject newProgram = function == null
                ? replaced(program, "main", changed)
                : replaced(program, "functions", replaced((JsonObject) program.get("functions"), function, changed));
        return read(replaced(top, "program", newProgram));
    }

    private static JsonNode functionsOf(JsonObject program, String function) {
        return program.get("functions") instanceof JsonObject functions ? functions.get(function) : null;
    }

    /** {@code object} with the value of member {@code key} replaced by {@code value}. */
    private static JsonObject replaced(JsonObject object, String key, JsonNode value) {
        List<JsonObject.Member> members = new ArrayList<>();
        for (JsonObject.Member member : object.members()) {
            members.add(
                    member.key().equals(key)
                            ? new JsonObject.Member(key, member.line(), member.column(), value)
                            : member);
        }
        return new JsonObject(members, object.line(), object.column());
    }

    private static JsonNode parse(String json) throws ScenarioException {
        try {
            return Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonSyntaxException broken) {
            throw new ScenarioException("", broken.line(), broken.column(), broken.problem());
        }
    }

    private static ReactorScenario read(JsonNode root) throws ScenarioException {
        Located top = new Located(root, "$");
        top.object("a reactor scenario: {\"format\": \"" + FORMAT + "\", ...}");
        top.allowOnly(TOP_KEYS, "a reactor scenario");
        String format = top.required("format", "a reactor scenario (it starts with \"format\": \"" + FORMAT + "\")")
                .string("\"" + FORMAT + "\"");
        if (!format.equals(FORMAT)) {
            throw top.required("format", "").error("expected \"" + FORMAT + "\", not " + Located.show(format));
        }
        if (PROCESS_SECTIONS.stream().noneMatch(key -> top.optional(key).isPresent())) {
            throw top.error("expected at least one of execution, clients, twistedClient, program, twistedServers,"
                    + " transformClients or twistd: something to run");
        }
        String title =
                top.optional("title").isPresent() ? top.optional("title").get().string("a title") : null;
        Time until = top.optional("until").isPresent()
                ? positiveTime(top.optional("until").get())
                : DEFAULT_UNTIL;
        Optional<ReactorScenario.Execution> execution =
                top.optional("execution").isPresent()
                        ? Optional.of(execution(top.optional("execution").get()))
                        : Optional.empty();
        List<ReactorScenario.Server> servers = servers(top.optional("servers"));
        Set<String> names = new HashSet<>();
        List<ReactorScenario.Client> clients = clients(top.optional("clients"), names);
        boolean share = !top.optional("clientsShareServers").isPresent()
                || top.optional("clientsShareServers").get().bool();
        Optional<ReactorScenario.TwistedClient> twisted = top.optional("twistedClient")
                        .isPresent()
                ? Optional.of(twistedClient(top.optional("twistedClient").get()))
                : Optional.empty();
        Optional<Program> program = top.optional("program").isPresent()
                ? Optional.of(ProgramReader.program(top.optional("program").get()))
                : Optional.empty();
        if (!share) {
            for (String key : List.of("twistedServers", "transformClients", "twistd")) {
                if (top.optional(key).isPresent()) {
                    throw top.keyError(
                            key,
                            "Twisted servers and their clients share one network: drop clientsShareServers: false");
                }
            }
        }
        var twistedServers = ServerSectionsReader.twistedServers(top.optional("twistedServers"));
        var transformClients = ServerSectionsReader.transformClients(top.optional("transformClients"), names);
        var twistd = top.optional("twistd").isPresent()
                ? Optional.of(ServerSectionsReader.twistd(top.optional("twistd").get()))
                : Optional.<deferredsim.core.reactor.service.TwistdSpec>empty();
        return new ReactorScenario(
                title,
                until,
                execution,
                servers,
                clients,
                share,
                twisted,
                program,
                twistedServers,
                transformClients,
                twistd);
    }

    /**
     * Reads a reactor scenario file, decoded as UTF-8, within {@link TextInput}'s size limit.
     *
     * @throws ScenarioException as {@link #read(String)}, or naming the file when it cannot be read
     */
    public static ReactorScenario read(Path file) throws ScenarioException {
        try {
            return read(TextInput.read(file));
        } catch (InputException broken) {
            throw ScenarioReader.asScenarioException(broken);
        }
    }

    private static ReactorScenario.Execution execution(Located at) throws ScenarioException {
        at.object("the execution models: {\"tasks\": [...], \"models\": [...]}");
        at.allowOnly(List.of("tasks", "models", "cores"), "the execution section");
        List<Task> tasks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long totalNanos = 0;
        List<Located> taskNodes = at.required("tasks", "the execution section").elements("an array of tasks");
        if (taskNodes.isEmpty()) {
            throw at.required("tasks", "").error("expected at least one task");
        }
        for (Located task : taskNodes) {
            task.object("a task: {\"name\": \"A\", \"segments\": [\"CPU 1\", \"WAIT 3\"]}");
            task.allowOnly(List.of("name", "segments"), "a task");
            Located nameAt = task.required("name", "a task");
            String name = nameAt.word("a task's name");
            if (!names.add(name)) {
                throw nameAt.error("a task called " + Located.show(name) + " is declared twice");
            }
            List<Task.Segment> segments = new ArrayList<>();
            for (Located segment : task.required("segments", "a task").elements("an array of segments")) {
                Task.Segment read = segment(segment);
                try {
                    totalNanos = Math.addExact(totalNanos, read.duration().nanos());
                } catch (ArithmeticException tooLong) {
                    throw segment.error("the segments add up to more than " + Time.ofNanos(Long.MAX_VALUE)
                            + " seconds (about 292 years), the longest time the simulator's clock holds;"
                            + " the synchronous model runs them all one after another");
                }
                segments.add(read);
            }
            tasks.add(new Task(name, segments));
        }
        List<ExecutionModel> models = new ArrayList<>(List.of(ExecutionModel.values()));
        if (at.optional("models").isPresent()) {
            models.clear();
            for (Located model : at.optional("models").get().elements("an array of models")) {
                ExecutionModel parsed = ExecutionModel.fromWord(model.string("a model"));
                if (parsed == null || models.contains(parsed)) {
                    throw model.error(
                            parsed == null
                                    ? "expected synchronous, threaded or asynchronous, not "
                                            + Located.show(model.string("a model"))
                                    : "the model " + parsed.word() + " is listed twice");
                }
                models.add(parsed);
            }
        }
        int cores = at.optional("cores").isPresent()
                ? at.optional("cores").get().integer(1, 1000, "a number of cores")
                : tasks.size();
        return new ReactorScenario.Execution(tasks, models, cores);
    }

    private static Task.Segment segment(Located at) throws ScenarioException {
        String text = at.string("a segment: \"CPU SECONDS\" or \"WAIT SECONDS\"");
        String[] words = text.strip().split("\\s+");
        if (words.length != 2 || !(words[0].equalsIgnoreCase("CPU") || words[0].equalsIgnoreCase("WAIT"))) {
            throw at.errorAt(0, "expected a segment: \"CPU SECONDS\" or \"WAIT SECONDS\", not " + Located.show(text));
        }
        try {
            Time duration = Time.ofSeconds(new BigDecimal(words[1]));
            return words[0].toUpperCase(Locale.ROOT).equals("CPU")
                    ? Task.Segment.cpu(duration)
                    : Task.Segment.waitFor(duration);
        } catch (IllegalArgumentException | ArithmeticException broken) {
            throw at.errorAt(
                    text.indexOf(words[1]),
                    "expected a number of seconds >= 0 with at most nine decimals, not " + Located.show(words[1]));
        }
    }

    private static List<ReactorScenario.Server> servers(Optional<Located> at) throws ScenarioException {
        List<ReactorScenario.Server> servers = new ArrayList<>();
        if (at.isEmpty()) {
            return servers;
        }
        Set<Integer> ports = new HashSet<>();
        for (Located server : at.get().elements("an array of servers")) {
            String owner = "a server";
            server.object("a server: {\"port\": 10000, \"bytes\": 3003, \"chunk\": 30, \"delay\": 0.1}");
            server.allowOnly(List.of("port", "poem", "bytes", "text", "chunk", "delay"), owner);
            Located portAt = server.required("port", owner);
            int port = portAt.integer(1, 65535, "a port");
            if (!ports.add(port)) {
                throw portAt.error("two servers listen on port " + port);
            }
            Poem poem = ServerSectionsReader.poem(server, owner);
            int chunk = server.required("chunk", owner).integer(1, 100_000_000, "a chunk size in bytes");
            servers.add(new ReactorScenario.Server(
                    port, poem, chunk, server.required("delay", owner).time()));
        }
        return servers;
    }

    private static List<ReactorScenario.Client> clients(Optional<Located> at, Set<String> names)
            throws ScenarioException {
        List<ReactorScenario.Client> clients = new ArrayList<>();
        if (at.isEmpty()) {
            return clients;
        }
        for (Located client : at.get().elements("an array of clients")) {
            String owner = "a client";
            client.object("a client: {\"kind\": \"blocking\", \"ports\": [10000, 10001]}");
            client.allowOnly(List.of("name", "kind", "ports", "start", "hangUpAfter"), owner);
            Located kindAt = client.required("kind", owner);
            String word = kindAt.string("blocking or async");
            ReactorScenario.ClientKind kind = word.equals("blocking")
                    ? ReactorScenario.ClientKind.BLOCKING
                    : word.equals("async") ? ReactorScenario.ClientKind.ASYNC : null;
            if (kind == null) {
                throw kindAt.error("expected blocking or async, not " + Located.show(word));
            }
            String name;
            if (client.optional("name").isPresent()) {
                name = client.optional("name").get().string("a client's name");
                if (!names.add(name)
                        || name.isBlank()
                        || name.equals("program")
                        || name.startsWith("server ")
                        || name.startsWith("client ")) {
                    throw client.optional("name")
                            .get()
                            .error("expected a name no other process has (not program, " + "server …, client …), not "
                                    + Located.show(name));
                }
            } else {
                name = kind.word();
                for (int n = 2; !names.add(name); n++) {
                    name = kind.word() + " " + n;
                }
            }
            Time hangUpAfter = null;
            if (client.optional("hangUpAfter").isPresent()) {
                if (kind != ReactorScenario.ClientKind.ASYNC) {
                    throw client.keyError(
                            "hangUpAfter", "only an async client can hang up early (a blocking one waits in recv)");
                }
                hangUpAfter = client.optional("hangUpAfter").get().time();
            }
            clients.add(new ReactorScenario.Client(
                    name, kind, ports(client.required("ports", owner)), start(client), hangUpAfter));
        }
        return clients;
    }

    private static ReactorScenario.TwistedClient twistedClient(Located at) throws ScenarioException {
        String owner = "the Twisted client";
        at.object("a Twisted client: {\"version\": \"1.0\", \"ports\": [10000, 10001]}");
        at.allowOnly(List.of("version", "ports", "timeout", "readSize", "start"), owner);
        Located versionAt = at.required("version", owner);
        String word = versionAt.string("1.0, broken or 2.0");
        ReactorScenario.TwistedVersion version = null;
        for (ReactorScenario.TwistedVersion v : ReactorScenario.TwistedVersion.values()) {
            version = v.word().equals(word) ? v : version;
        }
        if (version == null) {
            throw versionAt.error("expected 1.0, broken or 2.0 (clients 3.x and 4.0 are written as a program), not "
                    + Located.show(word));
        }
        Time timeout = null;
        if (at.optional("timeout").isPresent()) {
            if (version == ReactorScenario.TwistedVersion.V2_0) {
                throw at.keyError("timeout", "the 2.0 client has no timeout; write Part 5's exercise as a program");
            }
            timeout = at.optional("timeout").get().time();
        }
        int readSize = Tcp.DEFAULT_READ_SIZE;
        if (at.optional("readSize").isPresent()) {
            if (version != ReactorScenario.TwistedVersion.V2_0) {
                throw at.keyError(
                        "readSize", "only the 2.0 client reads through a transport; 1.0 reads 1024 bytes at a time");
            }
            readSize = at.optional("readSize").get().integer(1, 65536, "a read size in bytes");
        }
        return new ReactorScenario.TwistedClient(
                version, ports(at.required("ports", owner)), timeout, readSize, start(at));
    }

    static List<Integer> ports(Located at) throws ScenarioException {
        List<Integer> ports = new ArrayList<>();
        for (Located port : at.elements("an array of ports")) {
            ports.add(port.integer(1, 65535, "a port"));
        }
        if (ports.isEmpty()) {
            throw at.error("expected at least one port");
        }
        return ports;
    }

    private static Time start(Located at) throws ScenarioException {
        return at.optional("start").isPresent() ? at.optional("start").get().time() : Time.ZERO;
    }

    private static Time positiveTime(Located at) throws ScenarioException {
        Time time = at.time();
        if (time.equals(Time.ZERO)) {
            throw at.error("expected a time limit above 0");
        }
        return time;
    }
}

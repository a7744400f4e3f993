package deferredsim.core.program;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.SourceFile;
import deferredsim.core.code.SourceLine;
import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.FireCause;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code deferred-recording/1} file (docs/recording-format.md) into a {@link ProgramRun}.
 *
 * <p>A recording is plain data: reading one runs nothing. Every problem is reported as a {@link
 * ScenarioException} with the file's line and column and what was expected there: a key that does
 * not belong, an event about a deferred that was never created, a line outside the recorded
 * sources. Where the program did not get to say where each deferred ended (it was stopped, or a
 * deferred was garbage-collected first), the end is read from the events, as the simulator's
 * {@link Reading} settles it.
 */
public final class RecordingReader {
    /** The format this reader reads. */
    public static final String FORMAT = "deferred-recording/1";

    /** The most events a recording may hold. */
    public static final int MAX_EVENTS = 200_000;

    private static final List<String> TOP_KEYS = List.of("format", "program", "clock", "ended", "output", "events");
    private static final List<String> COMMON = List.of("t", "v", "e", "at");
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("start", List.of("python", "twisted", "script"));
        KEYS.put("source", List.of("file", "path", "text", "cut"));
        KEYS.put("created", List.of("d", "kind", "by", "members", "options", "function"));
        KEYS.put("pair", List.of("d", "stage", "callback", "errback", "before"));
        KEYS.put("fire", List.of("d", "method", "value"));
        KEYS.put("already-called", List.of("d"));
        KEYS.put("swallowed", List.of("d"));
        KEYS.put("internal-fire", List.of("d", "value", "cause"));
        KEYS.put("run", List.of("d", "stage", "side", "in", "out", "returned"));
        KEYS.put("waiting", List.of("d", "inner"));
        KEYS.put("taken", List.of("d", "inner", "value", "immediately"));
        KEYS.put("settled", List.of("d", "result", "unhandled"));
        KEYS.put("cancel", List.of("d"));
        KEYS.put("cancel-arrived", List.of("d", "effect", "goesOnTo"));
        KEYS.put("pause", List.of("d"));
        KEYS.put("unpause", List.of("d"));
        KEYS.put("suspended", List.of("d", "step", "awaited"));
        KEYS.put("resume", List.of("d", "step", "awaited", "id", "in"));
        KEYS.put("caught", List.of("resume", "caught"));
        KEYS.put("list-recorded", List.of("d", "index", "member", "result", "consumed"));
        KEYS.put("timer", List.of("id", "due", "desc"));
        KEYS.put("timer-ran", List.of("id", "desc"));
        KEYS.put("timer-cancelled", List.of("id", "desc"));
        KEYS.put("clock", List.of());
        KEYS.put("reactor-run", List.of());
        KEYS.put("outcome", List.of("d", "state", "value", "unhandled"));
        KEYS.put("limit", List.of("what", "count"));
        KEYS.put("exit", List.of("status"));
    }

    private static final Map<String, DeferredKind> KINDS = Map.of(
            "plain", DeferredKind.PLAIN,
            "list", DeferredKind.LIST,
            "gather", DeferredKind.GATHER,
            "inline", DeferredKind.INLINE,
            "internal", DeferredKind.INTERNAL);

    private static final Map<String, FireCause> CAUSES = Map.of(
            "cancelled", FireCause.CANCELLED,
            "list-empty", FireCause.LIST_EMPTY,
            "list-complete", FireCause.LIST_COMPLETE,
            "list-first-success", FireCause.LIST_FIRST_SUCCESS,
            "list-first-failure", FireCause.LIST_FIRST_FAILURE,
            "generator-returned", FireCause.GENERATOR_RETURNED,
            "generator-raised", FireCause.GENERATOR_RAISED,
            "generator-cancelled", FireCause.GENERATOR_CANCELLED);

    private static final Map<String, CancelEffect> EFFECTS = Map.of(
            "canceller", CancelEffect.CANCELLER,
            "no-canceller", CancelEffect.NO_CANCELLER,
            "forwarded", CancelEffect.FORWARDED,
            "members", CancelEffect.MEMBERS,
            "generator", CancelEffect.GENERATOR,
            "no-effect", CancelEffect.NO_EFFECT);

    private final boolean virtual;
    private final List<SimEvent> events = new ArrayList<>();
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<String, DeferredKind> created = new LinkedHashMap<>();
    private final Map<String, ListOptions> listOptions = new HashMap<>();
    private final Map<String, List<String>> listMembers = new HashMap<>();
    private final Map<Long, Integer> resumes = new HashMap<>();
    private final Map<String, SimEvent.Outcome> told = new HashMap<>();
    private Time last = Time.ZERO;

    private RecordingReader(boolean virtual) {
        this.virtual = virtual;
    }

    /**
     * True when {@code text} is a JSON object whose {@code format} is a string starting with
     * {@code deferred-recording/}: a file for this reader (which then checks the version). False for
     * anything else, including text that is not JSON.
     */
    public static boolean declaresRecordingFormat(String text) {
        try {
            JsonNode root = Json.parse(withoutBom(text));
            return root instanceof JsonObject object
                    && object.get("format") instanceof JsonString format
                    && format.value().startsWith("deferred-recording/");
        } catch (JsonSyntaxException notJson) {
            return false;
        }
    }

    /** As {@link #declaresRecordingFormat(String)} for a file; false when it cannot be read. */
    public static boolean declaresRecordingFormat(Path file) {
        try {
            return declaresRecordingFormat(Files.readString(file));
        } catch (IOException | SecurityException | java.io.UncheckedIOException unreadable) {
            return false;
        }
    }

    /**
     * Reads a recording file, decoded as UTF-8.
     *
     * @throws ScenarioException as {@link #read(String)}, or naming the file when it cannot be read
     */
    public static ProgramRun read(Path file) throws ScenarioException {
        try {
            return read(Files.readString(file));
        } catch (IOException | SecurityException | java.io.UncheckedIOException broken) {
            throw new ScenarioException("", "cannot read " + file + ": " + broken.getMessage());
        }
    }

    /**
     * Reads a recording from its JSON text.
     *
     * @throws ScenarioException at the first problem, with its line, column and JSON path
     */
    public static ProgramRun read(String text) throws ScenarioException {
        JsonNode root;
        try {
            root = Json.parse(withoutBom(text));
        } catch (JsonSyntaxException broken) {
            throw new ScenarioException("", broken.line(), broken.column(), broken.problem());
        }
        Located top = new Located(root, "$");
        top.object("a recording: {\"format\": \"" + FORMAT + "\", ...}");
        top.allowOnly(TOP_KEYS, "a recording");
        Located formatNode = top.required("format", "a recording (it starts with \"format\": \"" + FORMAT + "\")");
        String format = formatNode.string("\"" + FORMAT + "\"");
        if (!format.equals(FORMAT)) {
            throw formatNode.error("expected \"" + FORMAT + "\", not " + Located.show(format));
        }
        String clock = top.required("clock", "a recording").string("\"real\" or \"virtual\"");
        if (!clock.equals("real") && !clock.equals("virtual")) {
            throw top.required("clock", "").error("expected \"real\" or \"virtual\", not " + Located.show(clock));
        }
        ProgramRun.Program program = program(top.required("program", "a recording"), clock.equals("virtual"));
        ProgramRun.Ending ending = ending(top.required("ended", "a recording"));
        List<String> output = new ArrayList<>();
        if (top.optional("output").isPresent()) {
            for (Located line : top.optional("output").get().elements("an array of output lines")) {
                output.add(line.string("a line of output"));
            }
        }
        List<Located> eventNodes = top.required("events", "a recording").elements("an array of events");
        if (eventNodes.size() > MAX_EVENTS) {
            throw top.required("events", "")
                    .error("a recording holds at most " + MAX_EVENTS + " events, not " + eventNodes.size());
        }
        RecordingReader reader = new RecordingReader(clock.equals("virtual"));
        for (Located event : eventNodes) {
            reader.event(event);
        }
        if (reader.files.isEmpty()) {
            reader.files.add(new SourceFile(program.script(), List.of()));
        }
        Recording recording = reader.finish();
        CodeListing code = CodeListing.of(program.script() + ", as recorded", reader.files, reader.lines);
        return new ProgramRun(recording, code, ProgramCast.of(recording, reader.listOptions), program, ending, output);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ProgramRun.Program program(Located at, boolean virtual) throws ScenarioException {
        at.allowOnly(List.of("script", "args", "python", "twisted"), "the program");
        List<String> args = new ArrayList<>();
        if (at.optional("args").isPresent()) {
            for (Located arg : at.optional("args").get().elements("an array of arguments")) {
                args.add(arg.string("an argument"));
            }
        }
        return new ProgramRun.Program(
                at.required("script", "the program").string("the script's name"),
                args,
                text(at, "python"),
                text(at, "twisted"),
                virtual);
    }

    private static String text(Located at, String key) throws ScenarioException {
        return at.optional(key).isPresent() ? at.optional(key).get().string("a version") : "?";
    }

    private static ProgramRun.Ending ending(Located at) throws ScenarioException {
        at.allowOnly(List.of("how", "status", "seconds"), "the end of the run");
        Located howNode = at.required("how", "the end of the run");
        String word = howNode.string("how the run ended");
        ProgramRun.How how = ProgramRun.How.of(word)
                .orElseThrow(() -> howNode.error("expected one of finished, time-limit, interrupted, event-limit or"
                        + " output-limit, not " + Located.show(word)));
        int status =
                at.optional("status").isPresent() ? at.optional("status").get().integer(-1, 255, "an exit status") : -1;
        double seconds = at.optional("seconds").isPresent()
                ? number(at.optional("seconds").get(), "a number of seconds").doubleValue()
                : 0;
        return new ProgramRun.Ending(how, status, seconds);
    }

    // Events

    private void event(Located at) throws ScenarioException {
        at.object("an event: {\"t\": ..., \"e\": ..., ...}");
        Located kindNode = at.required("e", "an event");
        String kind = kindNode.string("the event's kind");
        List<String> own = KEYS.get(kind);
        if (own == null) {
            throw kindNode.error("unknown event kind " + Located.show(kind) + "; expected one of "
                    + Located.listing(List.copyOf(KEYS.keySet())));
        }
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(own);
        at.allowOnly(allowed, "a " + Located.show(kind) + " event");
        Time time = time(at);
        SourceLine line = line(at);
        SimEvent event = switch (kind) {
            case "source" -> {
                source(at);
                yield null;
            }
            case "created" -> created(at, time);
            case "pair" ->
                new SimEvent.PairAdded(
                        time,
                        known(at, "d"),
                        at.required("stage", "a pair").integer(0, Integer.MAX_VALUE, "a stage number"),
                        at.required("callback", "a pair").string("the callback as written"),
                        at.required("errback", "a pair").string("the errback as written"),
                        at.flag("before"));
            case "fire" -> fired(at, time);
            case "already-called" -> new SimEvent.AlreadyCalled(time, known(at, "d"));
            case "swallowed" -> new SimEvent.FireSwallowed(time, known(at, "d"));
            case "internal-fire" ->
                new SimEvent.InternalFire(
                        time,
                        known(at, "d"),
                        ValueReader.value(at.required("value", "an internal fire")),
                        choice(at, "cause", CAUSES));
            case "run" -> ran(at, time);
            case "waiting" -> new SimEvent.WaitingOn(time, known(at, "d"), known(at, "inner"));
            case "taken" ->
                new SimEvent.ResultTaken(
                        time,
                        known(at, "d"),
                        known(at, "inner"),
                        ValueReader.value(at.required("value", "a taken result")),
                        at.flag("immediately"));
            case "settled" ->
                new SimEvent.Settled(
                        time,
                        known(at, "d"),
                        at.optional("result").isPresent()
                                ? ValueReader.value(at.optional("result").get())
                                : null,
                        at.flag("unhandled"));
            case "cancel" -> new SimEvent.Cancelled(time, known(at, "d"));
            case "cancel-arrived" ->
                new SimEvent.CancelArrived(
                        time,
                        known(at, "d"),
                        choice(at, "effect", EFFECTS),
                        at.optional("goesOnTo").isPresent() ? known(at, "goesOnTo") : null);
            case "pause" -> new SimEvent.Paused(time, known(at, "d"));
            case "unpause" -> new SimEvent.Unpaused(time, known(at, "d"));
            case "suspended" ->
                new SimEvent.GeneratorSuspended(
                        time,
                        known(at, "d"),
                        at.required("step", "a suspended generator").integer(-1, Integer.MAX_VALUE, "a step"),
                        known(at, "awaited"));
            case "resume" -> resumed(at, time);
            case "caught" -> {
                caught(at);
                yield null;
            }
            case "list-recorded" ->
                new SimEvent.ListRecorded(
                        time,
                        known(at, "d"),
                        at.required("index", "a list record").integer(0, Integer.MAX_VALUE, "a member's index"),
                        known(at, "member"),
                        ValueReader.value(at.required("result", "a list record")),
                        at.flag("consumed"));
            case "timer" ->
                new SimEvent.DelayedCallScheduled(
                        time,
                        at.required("id", "a timer").integer(0, Integer.MAX_VALUE, "a timer's number"),
                        seconds(number(at.required("due", "a timer"), "the time it is due")),
                        at.required("desc", "a timer").string("what the timer calls"));
            case "timer-ran" ->
                new SimEvent.DelayedCallRan(
                        time,
                        at.required("id", "a timer").integer(0, Integer.MAX_VALUE, "a timer's number"),
                        at.required("desc", "a timer").string("what the timer calls"));
            case "timer-cancelled" ->
                new SimEvent.DelayedCallCancelled(
                        time,
                        at.required("id", "a timer").integer(0, Integer.MAX_VALUE, "a timer's number"),
                        at.required("desc", "a timer").string("what the timer calls"));
            case "outcome" -> {
                outcome(at, time);
                yield null;
            }
            default -> null; // start, clock, reactor-run, limit, exit: facts about the run, not events
        };
        if (event != null) {
            events.add(event);
            lines.add(line);
        }
    }

    private Time time(Located at) throws ScenarioException {
        // On a virtual clock, what happened before the program made its task.Clock happened at 0.
        Optional<Located> chosen = at.optional(virtual ? "v" : "t");
        if (chosen.isEmpty()) {
            return last;
        }
        Time time = seconds(number(chosen.get(), "a time in seconds"));
        // A clock may be moved back by the program; the run's time never goes backwards.
        if (time.isBefore(last)) {
            return last;
        }
        last = time;
        return time;
    }

    private static BigDecimal number(Located at, String what) throws ScenarioException {
        if (!(at.node() instanceof JsonNumber number)) {
            throw at.error("expected " + what + " (a number), not " + at.node().describe());
        }
        if (number.value().signum() < 0) {
            throw at.error("expected " + what + " of 0 or more, not " + number.text());
        }
        return number.value();
    }

    /** Seconds as the simulator's time, to the nanosecond (a float clock's 0.30000000000000004 is 0.3). */
    private static Time seconds(BigDecimal seconds) {
        BigDecimal rounded = seconds.setScale(9, RoundingMode.HALF_EVEN);
        BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L);
        return Time.ofSeconds(rounded.min(limit));
    }

    private SourceLine line(Located at) throws ScenarioException {
        Optional<Located> where = at.optional("at");
        if (where.isEmpty() || where.get().node() instanceof deferredsim.core.json.JsonNull) {
            return null;
        }
        List<Located> pair = where.get().elements("a place: [file, line]");
        if (pair.size() != 2) {
            throw where.get().error("expected a place: [file, line], two numbers");
        }
        int file = pair.get(0).integer(0, Integer.MAX_VALUE, "a file's number");
        if (file >= files.size()) {
            throw pair.get(0)
                    .error("no source file " + file + " was recorded before this event (there are " + files.size()
                            + ")");
        }
        if (pair.get(1).node() instanceof deferredsim.core.json.JsonNull) {
            return null;
        }
        return new SourceLine(file, pair.get(1).integer(1, Integer.MAX_VALUE, "a line number"));
    }

    private void source(Located at) throws ScenarioException {
        Located number = at.required("file", "a source");
        int file = number.integer(0, Integer.MAX_VALUE, "a file's number");
        if (file != files.size()) {
            throw number.error("expected source file " + files.size() + " next, not " + file);
        }
        files.add(SourceFile.of(
                at.required("path", "a source").string("the file's path"),
                at.optional("text").isPresent() ? at.optional("text").get().string("the file's text") : ""));
    }

    private String known(Located at, String key) throws ScenarioException {
        Located node = at.required(key, "the event");
        String name = node.string("a deferred's name");
        if (!created.containsKey(name)) {
            throw node.error("no deferred named " + Located.show(name) + " was created before this event");
        }
        return name;
    }

    private static <T> T choice(Located at, String key, Map<String, T> choices) throws ScenarioException {
        Located node = at.required(key, "the event");
        String word = node.string("one of " + Located.listing(List.copyOf(choices.keySet())));
        T chosen = choices.get(word);
        if (chosen == null) {
            throw node.error("expected one of " + Located.listing(List.copyOf(choices.keySet())) + ", not "
                    + Located.show(word));
        }
        return chosen;
    }

    private SimEvent created(Located at, Time time) throws ScenarioException {
        Located nameNode = at.required("d", "a created deferred");
        DeferredKind kind = choice(at, "kind", KINDS);
        // Twisted's own deferreds are named for what they are ("g's internal wait"); the program's
        // are names as a scenario has them.
        String name = kind == DeferredKind.INTERNAL
                ? nameNode.string("a deferred's name")
                : nameNode.word("a deferred's name");
        if (name.isEmpty() || created.containsKey(name)) {
            throw nameNode.error(
                    name.isEmpty()
                            ? "expected a deferred's name, not an empty string"
                            : "a deferred named " + Located.show(name) + " was created already");
        }
        String by = null;
        if (at.optional("by").isPresent()) {
            by = known(at, "by");
        }
        List<String> members = new ArrayList<>();
        if (at.optional("members").isPresent()) {
            for (Located member : at.optional("members").get().elements("an array of member names")) {
                String memberName = member.string("a member's name");
                if (!created.containsKey(memberName)) {
                    throw member.error(
                            "no deferred named " + Located.show(memberName) + " was created before this list");
                }
                members.add(memberName);
            }
        }
        if (kind == DeferredKind.LIST || kind == DeferredKind.GATHER) {
            Optional<Located> options = at.optional("options");
            boolean gather = kind == DeferredKind.GATHER;
            if (options.isPresent()) {
                options.get().allowOnly(List.of("fireOnOneCallback", "fireOnOneErrback", "consumeErrors"), "options");
            }
            listOptions.put(
                    name,
                    gather
                            ? ListOptions.GATHER
                            : new ListOptions(
                                    options.isPresent() && options.get().flag("fireOnOneCallback"),
                                    options.isPresent() && options.get().flag("fireOnOneErrback"),
                                    options.isPresent() && options.get().flag("consumeErrors"),
                                    false));
            listMembers.put(name, members);
        }
        created.put(name, kind);
        return new SimEvent.Created(time, name, kind, by, members);
    }

    private SimEvent fired(Located at, Time time) throws ScenarioException {
        String name = known(at, "d");
        Located methodNode = at.required("method", "a fire");
        String word = methodNode.string("callback or errback");
        FireMethod method = switch (word) {
            case "callback" -> FireMethod.CALLBACK;
            case "errback" -> FireMethod.ERRBACK;
            default -> throw methodNode.error("expected callback or errback, not " + Located.show(word));
        };
        Value value = ValueReader.value(at.required("value", "a fire"));
        String text = value instanceof Failure failure ? failure.error().render() : value.render();
        return new SimEvent.Fired(time, name, method, text, value);
    }

    private SimEvent ran(Located at, Time time) throws ScenarioException {
        String name = known(at, "d");
        int stage = at.required("stage", "a stage run").integer(0, Integer.MAX_VALUE, "a stage number");
        Located sideNode = at.required("side", "a stage run");
        String word = sideNode.string("callback or errback");
        Side side = switch (word) {
            case "callback" -> Side.CALLBACK;
            case "errback" -> Side.ERRBACK;
            default -> throw sideNode.error("expected callback or errback, not " + Located.show(word));
        };
        Value in = ValueReader.value(at.required("in", "a stage run"));
        if (at.optional("returned").isPresent()) {
            return new SimEvent.StageRan(time, name, stage, side, in, null, known(at, "returned"));
        }
        Value out = ValueReader.value(at.required("out", "a stage run (or \"returned\": a deferred)"));
        return new SimEvent.StageRan(time, name, stage, side, in, out, null);
    }

    private SimEvent resumed(Located at, Time time) throws ScenarioException {
        String name = known(at, "d");
        int step = at.required("step", "a resume").integer(-1, Integer.MAX_VALUE, "a step");
        String awaited = at.optional("awaited").isPresent() ? known(at, "awaited") : null;
        Value in = ValueReader.value(at.required("in", "a resume"));
        if (at.optional("id").isPresent()) {
            long id = at.optional("id").get().integer(0, Integer.MAX_VALUE, "a resume's number");
            resumes.put(id, events.size());
        }
        return new SimEvent.GeneratorResumed(time, name, step, in, false, awaited);
    }

    /** The generator caught (or not) the failure a resume raised in it: the resume learns it. */
    private void caught(Located at) throws ScenarioException {
        Located idNode = at.required("resume", "a caught event");
        long id = idNode.integer(0, Integer.MAX_VALUE, "a resume's number");
        Integer index = resumes.get(id);
        if (index == null) {
            throw idNode.error("no resume numbered " + id + " came before this event");
        }
        SimEvent.GeneratorResumed r = (SimEvent.GeneratorResumed) events.get(index);
        boolean caught = at.required("caught", "a caught event").bool();
        events.set(index, new SimEvent.GeneratorResumed(r.time(), r.deferred(), r.step(), r.in(), caught, r.awaited()));
    }

    private void outcome(Located at, Time time) throws ScenarioException {
        String name = known(at, "d");
        Located stateNode = at.required("state", "an outcome");
        String word = stateNode.string("pending, waiting or fired");
        DeferredState state = switch (word) {
            case "pending" -> DeferredState.PENDING;
            case "waiting" -> DeferredState.WAITING;
            case "fired" -> DeferredState.FIRED;
            default -> throw stateNode.error("expected pending, waiting or fired, not " + Located.show(word));
        };
        Value value = state == DeferredState.FIRED
                ? ValueReader.value(at.required("value", "a fired deferred's outcome"))
                : null;
        told.put(name, new SimEvent.Outcome(time, name, state, value, at.flag("unhandled")));
    }

    /**
     * The events, then one outcome per deferred the program made, in creation order: as the
     * program told it at its end, or else as the events leave it.
     */
    private Recording finish() {
        Reading reading = Reading.of(Recording.of(new ArrayList<>(events)));
        List<SimEvent> all = new ArrayList<>(events);
        for (Map.Entry<String, DeferredKind> entry : created.entrySet()) {
            if (entry.getValue() == DeferredKind.INTERNAL) {
                continue;
            }
            String name = entry.getKey();
            SimEvent.Outcome outcome = told.get(name);
            if (outcome == null) {
                outcome = settled(reading.deferred(name, reading.end()));
            }
            all.add(new SimEvent.Outcome(last, name, outcome.state(), outcome.value(), outcome.unhandled()));
            lines.add(null);
        }
        return Recording.of(all);
    }

    private SimEvent.Outcome settled(DeferredSnapshot end) {
        return switch (end.phase()) {
            case NOT_CREATED, PENDING -> new SimEvent.Outcome(last, end.name(), DeferredState.PENDING, null, false);
            case WAITING, PAUSED -> new SimEvent.Outcome(last, end.name(), DeferredState.WAITING, null, false);
            case RUNNING, FIRED ->
                end.result() == null
                        ? new SimEvent.Outcome(last, end.name(), DeferredState.WAITING, null, false)
                        : new SimEvent.Outcome(last, end.name(), DeferredState.FIRED, end.result(), end.unhandled());
        };
    }

    /** The list options the recording gave each list, for {@link ProgramCast}. */
    Map<String, ListOptions> listOptions() {
        return listOptions;
    }

    /** Members named by each list, in order. */
    Map<String, List<String>> listMembers() {
        return listMembers;
    }
}

package deferredsim.core.scenario;

import deferredsim.core.io.InputException;
import deferredsim.core.io.InputLimits;
import deferredsim.core.io.TextInput;
import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.time.Time;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads scenario files ({@code deferred-scenario/1}, section 1 of the contract) into {@link
 * Scenario}s, checking everything: JSON syntax, the keys and value types of every object, stage,
 * step and canceller strings, times, and the whole-scenario rules of {@link Scenario#of}.
 *
 * <p>Every rejection is a {@link ScenarioException} with a one-line message of the form {@code
 * line:column: $.json.path: what was expected}, e.g. {@code 3:17: $.deferreds[0].chain[1][0]:
 * expected return, fail, passthru or defer (or a prefix of one), not 'retrun'}. Validation stops
 * at the first problem. Columns count UTF-16 code units, as {@link deferredsim.core.json.JsonNode}
 * explains.
 *
 * <p>The class has static methods only; {@link ScenarioWriter} is its inverse.
 */
public final class ScenarioReader {
    /** The only {@code format} this reader accepts. */
    public static final String FORMAT = "deferred-scenario/1";

    private static final List<String> TOP_KEYS = List.of("format", "deferreds", "actions");
    private static final List<String> VERBS = List.of("fire", "cancel", "pause", "unpause", "add");

    private ScenarioReader() {}

    /**
     * Reads a scenario from its JSON text (a leading byte order mark is skipped).
     *
     * @return the scenario, valid by every rule of the contract
     * @throws ScenarioException for the first problem found, with its JSON path (empty for a JSON
     *     syntax error), its 1-based line and column, and what was expected there
     */
    public static Scenario read(String json) throws ScenarioException {
        JsonNode root;
        try {
            root = Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonSyntaxException broken) {
            throw new ScenarioException("", broken.line(), broken.column(), broken.problem());
        }
        Located top = new Located(root, "$");
        top.object("a scenario: {\"format\": \"" + FORMAT + "\", \"deferreds\": [...], \"actions\": [...]}");
        refuseDraft(top);
        top.allowOnly(TOP_KEYS, "a scenario");
        checkFormat(top.required("format", "a scenario (it starts with \"format\": \"" + FORMAT + "\")"));
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (Located deferred : top.required("deferreds", "a scenario").elements("an array of deferreds")) {
            deferreds.add(DeferredReader.deferred(deferred));
        }
        List<Action> actions = new ArrayList<>();
        Optional<Located> actionsAt = top.optional("actions");
        if (actionsAt.isPresent()) {
            for (Located action : actionsAt.get().elements("an array of actions")) {
                actions.add(action(action));
            }
        }
        try {
            return Scenario.of(deferreds, actions);
        } catch (ScenarioException broken) {
            JsonNode place = nodeAt(root, broken.path());
            throw broken.line() == 0 && place != null ? broken.at(place.line(), place.column()) : broken;
        }
    }

    /**
     * Reads one step of an inline deferred as a scenario's {@code inline} array holds it: {@code
     * yield NAME}, {@code yield NAME catch}, {@code return V} or {@code raise V}.
     *
     * @throws ScenarioException when {@code text} is no step, saying what was expected and at which
     *     column of {@code text}
     */
    public static InlineStep step(String text) throws ScenarioException {
        return DeferredReader.step(new Located(new JsonString(text, 1, 0), "step"));
    }

    /**
     * Reads a scenario file, decoded as UTF-8 (a leading byte order mark is skipped), holding at most
     * {@link InputLimits#maxBytes()} bytes of it.
     *
     * @throws ScenarioException as {@link #read(String)} does; with an empty path when the file
     *     cannot be read, is too large (placed where reading stopped) or is not UTF-8 (placed at the
     *     first bad byte), the message then naming the file
     */
    public static Scenario read(Path file) throws ScenarioException {
        String text;
        try {
            text = TextInput.read(file);
        } catch (InputException broken) {
            throw asScenarioException(broken);
        }
        return read(text);
    }

    /**
     * An unreadable input as a scenario problem: placed at the input's line and column when it has
     * them, naming the file otherwise.
     */
    public static ScenarioException asScenarioException(InputException broken) {
        return broken.line() > 0
                ? new ScenarioException("", broken.line(), broken.column(), broken.problem())
                : new ScenarioException("", "cannot read " + broken.source() + ": " + broken.problem());
    }

    /** Refuses a {@link ScenarioDraft} file, saying what it is and how to finish it. */
    private static void refuseDraft(Located top) throws ScenarioException {
        Optional<Located> format = top.optional("format");
        if (format.isPresent() && ScenarioDraft.FORMAT.equals(stringOrNull(format.get()))) {
            throw format.get()
                    .error("this is a draft, saved at the prompt before the scenario was complete (its \"note\""
                            + " says what is missing); load it at the prompt ('deferred-sim', then 'load FILE') to"
                            + " finish it");
        }
    }

    private static String stringOrNull(Located value) {
        try {
            return value.string("a string");
        } catch (ScenarioException notAString) {
            return null;
        }
    }

    private static void checkFormat(Located format) throws ScenarioException {
        String value = format.string("\"" + FORMAT + "\"");
        if (!value.equals(FORMAT)) {
            throw format.error("expected \"" + FORMAT + "\", not " + Located.show(value));
        }
    }

    static Action action(Located at) throws ScenarioException {
        at.object("an action: {\"at\": T, \"do\": VERB, \"deferred\": NAME, ...}");
        Located verbAt = at.required("do", "an action (it needs \"do\": " + Located.listing(VERBS) + ")");
        String verb = verbAt.string(Located.listing(VERBS));
        if (!VERBS.contains(verb)) {
            throw verbAt.error("expected " + Located.listing(VERBS) + ", not " + Located.show(verb));
        }
        List<String> keys = keysOf(verb);
        String owner = (verb.equals("add") ? "an " : "a ") + verb + " action";
        at.allowOnly(keys, owner);
        Time time = at.required("at", owner).floatTime();
        String deferred = at.required("deferred", owner).word("a deferred's name");
        switch (verb) {
            case "fire":
                return new Action.Fire(
                        time,
                        deferred,
                        DeferredReader.method(at.required("method", owner)),
                        at.required("value", owner).word("a value"));
            case "cancel":
                return new Action.Cancel(time, deferred);
            case "pause":
                return new Action.Pause(time, deferred);
            case "unpause":
                return new Action.Unpause(time, deferred);
            default:
                return new Action.Add(time, deferred, DeferredReader.pair(at.required("pair", owner)));
        }
    }

    private static List<String> keysOf(String verb) {
        List<String> keys = new ArrayList<>(List.of("at", "do", "deferred"));
        if (verb.equals("fire")) {
            keys.addAll(List.of("method", "value"));
        } else if (verb.equals("add")) {
            keys.add("pair");
        }
        return keys;
    }

    /**
     * The node at a JSON path as {@link ScenarioRules} writes them ({@code $.deferreds[0].chain[1][0]});
     * for a path that goes beyond the tree, the deepest node on the way; null for an empty path.
     */
    private static JsonNode nodeAt(JsonNode root, String path) {
        Map<String, JsonNode> byPath = new HashMap<>();
        index(root, "$", byPath);
        String prefix = path;
        while (!prefix.isEmpty() && !byPath.containsKey(prefix)) {
            int cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
            prefix = cut < 0 ? "" : prefix.substring(0, cut);
        }
        return byPath.get(prefix);
    }

    private static void index(JsonNode node, String path, Map<String, JsonNode> byPath) {
        byPath.put(path, node);
        if (node instanceof JsonObject) {
            for (JsonObject.Member member : ((JsonObject) node).members()) {
                index(member.value(), path + "." + member.key(), byPath);
            }
        } else if (node instanceof JsonArray) {
            List<JsonNode> elements = ((JsonArray) node).elements();
            for (int i = 0; i < elements.size(); i++) {
                index(elements.get(i), path + "[" + i + "]", byPath);
            }
        }
    }
}

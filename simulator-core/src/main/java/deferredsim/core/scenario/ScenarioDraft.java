package deferredsim.core.scenario;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario as far as it was written: well-formed deferreds and actions that may still break a
 * rule of the whole scenario (a {@code defer x} with no {@code x} yet, an {@code unpause} before
 * its {@code pause}). The prompt saves one as a {@code deferred-scenario-draft/1} file so work in
 * progress is never refused, and reads it back; {@link ScenarioReader} refuses a draft with a
 * message that says it is one and how to finish it.
 *
 * <p>A draft file is a scenario file with {@link #FORMAT} as its format and a {@code "note"} that
 * says, for people, what is missing. Instances are immutable; make one with {@link #of} or {@link
 * #read}.
 */
public final class ScenarioDraft {
    /** The format string of draft files. */
    public static final String FORMAT = "deferred-scenario-draft/1";

    private static final List<String> TOP_KEYS = List.of("format", "note", "deferreds", "actions");

    private final List<DeferredSpec> deferreds;
    private final List<Action> actions;

    private ScenarioDraft(List<DeferredSpec> deferreds, List<Action> actions) {
        this.deferreds = List.copyOf(deferreds);
        this.actions = List.copyOf(actions);
    }

    /** The draft of these deferreds and actions, valid together or not. */
    public static ScenarioDraft of(List<DeferredSpec> deferreds, List<Action> actions) {
        return new ScenarioDraft(deferreds, actions);
    }

    /** The deferreds in declaration order. */
    public List<DeferredSpec> deferreds() {
        return deferreds;
    }

    /** The actions in listed order. */
    public List<Action> actions() {
        return actions;
    }

    /**
     * The scenario these parts make.
     *
     * @throws ScenarioException naming the first rule of the contract they break
     */
    public Scenario toScenario() throws ScenarioException {
        return Scenario.of(deferreds, actions);
    }

    /** The first rule of the contract the parts break, if any (then the draft is not complete). */
    public Optional<ScenarioException> problem() {
        try {
            toScenario();
            return Optional.empty();
        } catch (ScenarioException broken) {
            return Optional.of(broken);
        }
    }

    /**
     * The draft's file text: {@link #FORMAT}, a note saying what is missing, then the parts laid out
     * as {@link ScenarioWriter} lays out scenarios. A complete draft is better saved as a scenario.
     */
    public String write() {
        String note = problem()
                .map(p -> "not complete yet: " + p.getMessage())
                .orElse("complete: it can be saved as a scenario");
        return ScenarioWriter.write(FORMAT, note, deferreds, actions);
    }

    /**
     * Reads a draft file, or a scenario file as a draft: each deferred and action is checked as
     * {@link ScenarioReader} checks it, the rules of the whole scenario are not.
     *
     * @throws ScenarioException for the first problem, with its JSON path, line and column
     */
    public static ScenarioDraft read(String json) throws ScenarioException {
        Located top;
        try {
            top = new Located(Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json), "$");
        } catch (JsonSyntaxException broken) {
            throw new ScenarioException("", broken.line(), broken.column(), broken.problem());
        }
        top.object("a scenario draft: {\"format\": \"" + FORMAT + "\", \"deferreds\": [...], \"actions\": [...]}");
        top.allowOnly(TOP_KEYS, "a scenario draft");
        Located format = top.required("format", "a scenario draft (it starts with \"format\": \"" + FORMAT + "\")");
        String value = format.string("\"" + FORMAT + "\"");
        if (!value.equals(FORMAT) && !value.equals(ScenarioReader.FORMAT)) {
            throw format.error(
                    "expected \"" + FORMAT + "\" or \"" + ScenarioReader.FORMAT + "\", not " + Located.show(value));
        }
        if (value.equals(ScenarioReader.FORMAT) && top.optional("note").isPresent()) {
            throw top.keyError("note", "a scenario has no \"note\"; only drafts have one");
        }
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (Located deferred : top.required("deferreds", "a scenario draft").elements("an array of deferreds")) {
            deferreds.add(DeferredReader.deferred(deferred));
        }
        List<Action> actions = new ArrayList<>();
        Optional<Located> actionsAt = top.optional("actions");
        if (actionsAt.isPresent()) {
            for (Located action : actionsAt.get().elements("an array of actions")) {
                actions.add(ScenarioReader.action(action));
            }
        }
        return new ScenarioDraft(deferreds, actions);
    }

    /** True when {@code json} is a JSON object whose {@code format} is {@link #FORMAT}. */
    public static boolean declaresDraftFormat(String json) {
        try {
            JsonNode root = Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
            return root instanceof JsonObject object
                    && object.get("format") instanceof JsonString format
                    && format.value().equals(FORMAT);
        } catch (JsonSyntaxException notJson) {
            return false;
        }
    }

    /**
     * Reads a draft file (UTF-8, a leading byte order mark skipped) as {@link #read(String)} does.
     *
     * @throws ScenarioException as {@link #read(String)}, or naming the file when it cannot be read
     */
    public static ScenarioDraft read(Path file) throws ScenarioException {
        try {
            String text = Files.readString(file);
            return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | SecurityException broken) {
            throw new ScenarioException("", "cannot read " + file + ": " + broken.getMessage());
        }
    }

    /** As {@link #declaresDraftFormat(String)} for a file; false when it cannot be read. */
    public static boolean declaresDraftFormat(Path file) {
        try {
            return declaresDraftFormat(Files.readString(file));
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScenarioDraft draft
                && draft.deferreds.equals(deferreds)
                && draft.actions.equals(actions);
    }

    @Override
    public int hashCode() {
        return 31 * deferreds.hashCode() + actions.hashCode();
    }

    @Override
    public String toString() {
        return "ScenarioDraft[deferreds=" + deferreds + ", actions=" + actions + "]";
    }
}

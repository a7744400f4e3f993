package deferredsim.gui.editor;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonBoolean;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.scenario.FireMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scenario JSON into drafts without judging it: whatever is there is taken as typed, and
 * whatever is missing gets the editor's default. Used for autosaved work, which may be half
 * typed; valid scenario files read the same way.
 */
final class DraftReader {
    private DraftReader() {}

    /** The drafts of {@code json}, or an exception when it is not JSON at all. */
    static Drafts read(String json) throws JsonSyntaxException {
        JsonNode root = Json.parse(json);
        Drafts drafts = new Drafts(new ArrayList<>(), new ArrayList<>());
        if (!(root instanceof JsonObject)) {
            return drafts;
        }
        for (JsonNode node : elements(((JsonObject) root).get("deferreds"))) {
            if (node instanceof JsonObject) {
                drafts.deferreds().add(deferred((JsonObject) node));
            }
        }
        for (JsonNode node : elements(((JsonObject) root).get("actions"))) {
            if (node instanceof JsonObject) {
                drafts.actions().add(action((JsonObject) node));
            }
        }
        return drafts;
    }

    /** What was read. */
    record Drafts(List<DeferredDraft> deferreds, List<ActionDraft> actions) {}

    private static DeferredDraft deferred(JsonObject o) {
        DeferredDraft d = new DeferredDraft(text(o.get("name")));
        for (JsonNode pair : elements(o.get("chain"))) {
            List<JsonNode> members = elements(pair);
            d.pairs.add(new PairDraft(
                    members.size() > 0 ? text(members.get(0)) : "passthru",
                    members.size() > 1 ? text(members.get(1)) : "passthru"));
        }
        if (o.has("list")) {
            d.kindProperty().set(DeferredKindChoice.LIST);
            List<String> names = new ArrayList<>();
            elements(o.get("list")).forEach(n -> names.add(text(n)));
            d.membersProperty().set(String.join(" ", names));
            d.gatherProperty().set(flag(o.get("gather")));
            d.fireOnOneCallbackProperty().set(flag(o.get("fireOnOneCallback")));
            d.fireOnOneErrbackProperty().set(flag(o.get("fireOnOneErrback")));
            d.consumeErrorsProperty().set(flag(o.get("consumeErrors")));
        } else if (o.has("inline")) {
            d.kindProperty().set(DeferredKindChoice.INLINE);
            List<String> steps = new ArrayList<>();
            elements(o.get("inline")).forEach(n -> steps.add(text(n)));
            d.stepsProperty().set(String.join("\n", steps));
        }
        if (o.get("fire") instanceof JsonObject) {
            JsonObject fire = (JsonObject) o.get("fire");
            FireMethod method = FireMethod.fromWord(text(fire.get("method")));
            d.fireProperty().set(method == null ? FireChoice.CALLBACK : FireChoice.of(method));
            d.fireValueProperty().set(text(fire.get("value")));
            d.fireAfterProperty().set(text(fire.get("after")));
        }
        d.cancellerProperty().set(text(o.get("canceller")));
        return d;
    }

    private static ActionDraft action(JsonObject o) {
        ActionVerb verb = ActionVerb.of(text(o.get("do")));
        ActionDraft a =
                new ActionDraft(text(o.get("at")), verb == null ? ActionVerb.CANCEL : verb, text(o.get("deferred")));
        FireMethod method = FireMethod.fromWord(text(o.get("method")));
        if (method != null) {
            a.methodProperty().set(FireChoice.of(method));
        }
        if (o.has("value")) {
            a.valueProperty().set(text(o.get("value")));
        }
        List<JsonNode> pair = elements(o.get("pair"));
        if (pair.size() == 2) {
            a.pairCallbackProperty().set(text(pair.get(0)));
            a.pairErrbackProperty().set(text(pair.get(1)));
        }
        return a;
    }

    private static List<JsonNode> elements(JsonNode node) {
        return node instanceof JsonArray ? ((JsonArray) node).elements() : List.of();
    }

    private static String text(JsonNode node) {
        if (node instanceof JsonString) {
            return ((JsonString) node).value();
        } else if (node instanceof JsonNumber) {
            return ((JsonNumber) node).text();
        } else if (node instanceof JsonBoolean) {
            return String.valueOf(((JsonBoolean) node).value());
        }
        return "";
    }

    private static boolean flag(JsonNode node) {
        return node instanceof JsonBoolean && ((JsonBoolean) node).value();
    }
}

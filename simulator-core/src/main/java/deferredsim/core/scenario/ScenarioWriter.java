package deferredsim.core.scenario;

import deferredsim.core.json.Json;
import deferredsim.core.time.PythonFloat;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes scenarios as {@code deferred-scenario/1} JSON, laid out like the conformance corpus: one
 * deferred or action per line, {@code "key": value} spacing, defaults left out.
 *
 * <p>What holds: for every scenario {@code s}, {@code ScenarioReader.read(ScenarioWriter.write(s))}
 * equals {@code s}. Stages and steps are written in their canonical long form ({@code passthru},
 * not {@code p}) and times as Python's {@code repr} of their double without a trailing {@code .0}
 * ({@code 2}, {@code 0.5}, {@code 1e-09}), the form a trace prints them in.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    /**
     * Returns the JSON text of {@code scenario}, ending with a newline. Plain deferreds always get
     * a {@code chain} (possibly {@code []}); list and inline ones only when it is not empty. List
     * flags are written only when true, {@code actions} only when there are some.
     */
    public static String write(Scenario scenario) {
        return write(ScenarioReader.FORMAT, null, scenario.deferreds(), scenario.actions());
    }

    /**
     * The JSON text of {@code deferreds} and {@code actions} in {@code format}, with a {@code note}
     * after the format when it is not null; for {@link ScenarioDraft}s, whose parts need not make
     * a valid scenario.
     */
    static String write(String format, String note, List<DeferredSpec> deferreds, List<Action> actions) {
        StringBuilder out = new StringBuilder();
        out.append("{\"format\": ").append(Json.quote(format));
        if (note != null) {
            out.append(",\n \"note\": ").append(Json.quote(note));
        }
        out.append(",\n \"deferreds\": ").append(lines(deferreds, ScenarioWriter::deferred));
        if (!actions.isEmpty()) {
            out.append(",\n \"actions\": ").append(lines(actions, ScenarioWriter::action));
        }
        return out.append("}\n").toString();
    }

    /** A JSON array with one element per line, indented by two spaces. */
    private static <T> String lines(List<T> items, Function<T, String> writer) {
        if (items.isEmpty()) {
            return "[]";
        }
        List<String> written = new ArrayList<>();
        for (T item : items) {
            written.add(writer.apply(item));
        }
        return "[\n  " + String.join(",\n  ", written) + "\n ]";
    }

    private static String deferred(DeferredSpec spec) {
        Members members = new Members().add("name", Json.quote(spec.name()));
        if (spec instanceof DeferredSpec.Plain) {
            DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
            members.add("chain", chain(plain.chain()));
            plain.fire().ifPresent(fire -> members.add("fire", fire(fire)));
            plain.canceller().ifPresent(canceller -> members.add("canceller", Json.quote(canceller.toString())));
        } else if (spec instanceof DeferredSpec.ListOf) {
            DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
            members.add("list", strings(list.members()));
            ListOptions options = list.options();
            members.addIf(options.gather(), "gather", "true")
                    .addIf(options.fireOnOneCallback(), "fireOnOneCallback", "true")
                    .addIf(options.fireOnOneErrback(), "fireOnOneErrback", "true")
                    .addIf(options.consumeErrors(), "consumeErrors", "true")
                    .addIf(!list.chain().isEmpty(), "chain", chain(list.chain()));
        } else if (spec instanceof DeferredSpec.Inline) {
            DeferredSpec.Inline inline = (DeferredSpec.Inline) spec;
            List<String> steps = new ArrayList<>();
            inline.steps().forEach(step -> steps.add(step.toString()));
            members.add("inline", strings(steps)).addIf(!inline.chain().isEmpty(), "chain", chain(inline.chain()));
        } else {
            throw new AssertionError("unknown kind of deferred: " + spec);
        }
        return members.toString();
    }

    private static String fire(FireSpec fire) {
        return new Members()
                .add("method", Json.quote(fire.method().word()))
                .add("value", Json.quote(fire.value()))
                .add("after", number(fire.after()))
                .toString();
    }

    private static String action(Action action) {
        Members members = new Members()
                .add("at", number(action.at()))
                .add("do", Json.quote(action.verb()))
                .add("deferred", Json.quote(action.deferred()));
        if (action instanceof Action.Fire) {
            Action.Fire fire = (Action.Fire) action;
            members.add("method", Json.quote(fire.method().word())).add("value", Json.quote(fire.value()));
        } else if (action instanceof Action.Add) {
            members.add("pair", pair(((Action.Add) action).pair()));
        }
        return members.toString();
    }

    private static String chain(List<PairSpec> chain) {
        List<String> pairs = new ArrayList<>();
        chain.forEach(pair -> pairs.add(pair(pair)));
        return "[" + String.join(", ", pairs) + "]";
    }

    private static String pair(PairSpec pair) {
        return strings(List.of(pair.callback().toString(), pair.errback().toString()));
    }

    private static String strings(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        texts.forEach(text -> quoted.add(Json.quote(text)));
        return "[" + String.join(", ", quoted) + "]";
    }

    /** The members of a one-line JSON object, written in the order they are added. */
    private static final class Members {
        private final List<String> members = new ArrayList<>();

        Members add(String key, String json) {
            members.add(Json.quote(key) + ": " + json);
            return this;
        }

        Members addIf(boolean condition, String key, String json) {
            return condition ? add(key, json) : this;
        }

        @Override
        public String toString() {
            return "{" + String.join(", ", members) + "}";
        }
    }

    /**
     * A time as the JSON number the reader reads back to the same float time: Python's {@code repr}
     * of its double without a trailing {@code .0} ({@code 2}, {@code 0.5}, {@code 1e-09}).
     */
    private static String number(Time time) {
        return PythonFloat.reprWithoutPointZero(time.toSecondsDouble());
    }
}

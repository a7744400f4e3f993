package deferredsim.gui.editor;

import deferredsim.core.json.Json;
import deferredsim.core.scenario.ScenarioReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes drafts as {@code deferred-scenario/1} JSON, field for field, so that {@code
 * ScenarioReader} judges exactly what was typed and its JSON paths point back at the fields
 * ({@code $.deferreds[i].chain[k][0]} is pair k's callback of draft i).
 *
 * <p>Times that are numbers are written as numbers; anything else typed in a time field is written
 * as a string, which the reader rejects but {@link DraftReader} reads back as typed.
 */
final class DraftJson {
    private DraftJson() {}

    static String write(List<DeferredDraft> deferreds, List<ActionDraft> actions) {
        List<String> ds = new ArrayList<>();
        for (DeferredDraft d : deferreds) {
            ds.add(deferred(d));
        }
        StringBuilder out = new StringBuilder("{\"format\": ").append(Json.quote(ScenarioReader.FORMAT));
        out.append(",\n \"deferreds\": [\n  ").append(String.join(",\n  ", ds)).append("\n ]");
        if (!actions.isEmpty()) {
            List<String> as = new ArrayList<>();
            for (ActionDraft a : actions) {
                as.add(action(a));
            }
            out.append(",\n \"actions\": [\n  ")
                    .append(String.join(",\n  ", as))
                    .append("\n ]");
        }
        return out.append("}\n").toString();
    }

    private static String deferred(DeferredDraft d) {
        List<String> m = new ArrayList<>();
        m.add("\"name\": " + Json.quote(d.getName().strip()));
        switch (d.getKind()) {
            case LIST:
                m.add("\"list\": " + strings(words(d.membersProperty().get())));
                if (d.gatherProperty().get()) {
                    m.add("\"gather\": true");
                }
                if (d.fireOnOneCallbackProperty().get()) {
                    m.add("\"fireOnOneCallback\": true");
                }
                if (d.fireOnOneErrbackProperty().get()) {
                    m.add("\"fireOnOneErrback\": true");
                }
                if (d.consumeErrorsProperty().get()) {
                    m.add("\"consumeErrors\": true");
                }
                m.add("\"chain\": " + chain(d));
                break;
            case INLINE:
                m.add("\"inline\": " + strings(lines(d.stepsProperty().get())));
                m.add("\"chain\": " + chain(d));
                break;
            default:
                m.add("\"chain\": " + chain(d));
                FireChoice fire = d.fireProperty().get();
                if (fire != FireChoice.NONE) {
                    m.add("\"fire\": {\"method\": " + Json.quote(fire.method().word()) + ", \"value\": "
                            + Json.quote(d.fireValueProperty().get().strip()) + ", \"after\": "
                            + time(d.fireAfterProperty().get()) + "}");
                }
                String canceller = d.cancellerProperty().get().strip();
                if (!canceller.isEmpty()) {
                    m.add("\"canceller\": " + Json.quote(canceller));
                }
        }
        return "{" + String.join(", ", m) + "}";
    }

    private static String chain(DeferredDraft d) {
        List<String> pairs = new ArrayList<>();
        for (PairDraft p : d.pairs) {
            pairs.add(strings(List.of(p.getCallback(), p.getErrback())));
        }
        return "[" + String.join(", ", pairs) + "]";
    }

    private static String action(ActionDraft a) {
        ActionVerb verb = a.verbProperty().get();
        List<String> m = new ArrayList<>();
        m.add("\"at\": " + time(a.atProperty().get()));
        m.add("\"do\": " + Json.quote(verb.word()));
        m.add("\"deferred\": " + Json.quote(a.deferredProperty().get().strip()));
        if (verb == ActionVerb.FIRE) {
            m.add("\"method\": " + Json.quote(a.methodProperty().get().method().word()));
            m.add("\"value\": " + Json.quote(a.valueProperty().get().strip()));
        } else if (verb == ActionVerb.ADD) {
            m.add("\"pair\": "
                    + strings(List.of(
                            a.pairCallbackProperty().get(),
                            a.pairErrbackProperty().get())));
        }
        return "{" + String.join(", ", m) + "}";
    }

    /** A time field: a plain JSON number when it is one, else the text as a string. */
    static String time(String typed) {
        String text = typed == null ? "" : typed.strip();
        return isNumber(text) ? text : Json.quote(text);
    }

    /** True when {@code text} is a JSON number (so the reader gets to judge its range). */
    static boolean isNumber(String text) {
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Names separated by commas or whitespace. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : (text == null ? "" : text).split("[,\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The non-blank lines, stripped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : Arrays.asList((text == null ? "" : text).split("\n"))) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String strings(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        texts.forEach(t -> quoted.add(Json.quote(t == null ? "" : t)));
        return "[" + String.join(", ", quoted) + "]";
    }
}

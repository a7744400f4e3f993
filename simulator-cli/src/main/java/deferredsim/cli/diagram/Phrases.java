package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/** How the diagrams style values and sides, and the constructor line of a lane's header. */
final class Phrases {
    private Phrases() {}

    /** The style of a value: failures are failure values, everything else success values. */
    static Style styleOf(Value value) {
        return value.isFailure() ? Style.FAILURE_VALUE : Style.SUCCESS_VALUE;
    }

    /** The style of a stage member of {@code side}. */
    static Style styleOf(Side side) {
        return side == Side.CALLBACK ? Style.CALLBACK : Style.ERRBACK;
    }

    /** The constructor line of a deferred: {@code d = Deferred()}, {@code L = gatherResults([a, b])}. */
    static String constructor(DeferredSpec spec) {
        if (spec instanceof DeferredSpec.Plain) {
            DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
            String canceller = plain.canceller().map(c -> "canceller: " + c).orElse("");
            return spec.name() + " = Deferred(" + canceller + ")";
        }
        if (spec instanceof DeferredSpec.ListOf) {
            DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
            String members = "[" + String.join(", ", list.members()) + "]";
            ListOptions options = list.options();
            if (options.gather()) {
                return spec.name() + " = gatherResults(" + members + ")";
            }
            List<String> arguments = new ArrayList<>(List.of(members));
            if (options.fireOnOneCallback()) {
                arguments.add("fireOnOneCallback=True");
            }
            if (options.fireOnOneErrback()) {
                arguments.add("fireOnOneErrback=True");
            }
            if (options.consumeErrors()) {
                arguments.add("consumeErrors=True");
            }
            return spec.name() + " = DeferredList(" + String.join(", ", arguments) + ")";
        }
        return spec.name() + " = @inlineCallbacks generator";
    }

    /**
     * The constructor line, cut after its commas into lines of at most {@code width} characters
     * (continuation lines indented), so a DeferredList with options does not widen its lane.
     */
    static List<String> constructorLines(DeferredSpec spec, int width) {
        String line = constructor(spec);
        if (line.length() <= width || !(spec instanceof DeferredSpec.ListOf)) {
            return List.of(line);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String part : line.split("(?<=, )")) {
            if (current.length() > 0 && current.length() + part.length() > width) {
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
                current.append("    ");
            }
            current.append(part);
        }
        lines.add(current.toString());
        return lines;
    }
}

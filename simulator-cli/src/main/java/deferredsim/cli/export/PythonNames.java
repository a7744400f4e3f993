package deferredsim.cli.export;

import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.Scenario;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python function names of one script: {@code make_d} creates deferred {@code d}, {@code
 * generator_g} is the generator of inline deferred {@code g}.
 *
 * <p>A deferred's name is used in a function name only when it is a plain ASCII identifier; any
 * other name gets {@code deferred_N} (N its declaration index), so no user text reaches the code
 * outside string literals. Names are made unique by appending underscores.
 */
final class PythonNames {
    private final Map<String, String> suffixes = new HashMap<>();

    private PythonNames(List<DeferredSpec> deferreds) {
        Set<String> used = new HashSet<>();
        for (int index = 0; index < deferreds.size(); index++) {
            String name = deferreds.get(index).name();
            String suffix = PythonLiteral.isAsciiIdentifier(name) ? name : "deferred_" + index;
            while (used.contains(suffix)) {
                suffix += "_";
            }
            used.add(suffix);
            suffixes.put(name, suffix);
        }
    }

    static PythonNames of(Scenario scenario) {
        return new PythonNames(scenario.deferreds());
    }

    /** The function that creates deferred {@code name}. */
    String maker(String name) {
        return "make_" + suffixes.get(name);
    }

    /** The generator function of inline deferred {@code name}. */
    String generator(String name) {
        return "generator_" + suffixes.get(name);
    }
}

package deferredsim.core.code;

import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.script.Place;
import deferredsim.core.scenario.ScenarioException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a reactor scenario's program, as {@link ReactorPython} writes it, changed: the new
 * line is Python of the same kind as the code ({@code reactor.callLater(1, tick)}, {@code
 * print(f"got {poem}")}, {@code d.addCallback(got_poem)}), or {@code pass} to take the line out.
 * Every statement of the program is one line of the code, so the change is a change of one
 * statement; the scenario is then read again as a whole, and a line that names nothing the program
 * defines is refused as the file would be.
 *
 * <p>Static methods only.
 */
public final class ReactorCodeEdit {
    private ReactorCodeEdit() {}

    /**
     * {@code scenario}, read from {@code json}, with line {@code line} (1-based) of its program's
     * code replaced by {@code python}.
     *
     * @throws CodeEditException when the line holds no statement of the program (a {@code def}, a
     *     blank line, the poetry client's or a helper class's code), when {@code python} is not a
     *     line the program's language has, or when the program does not read with it
     */
    public static ReactorScenario apply(String json, ReactorScenario scenario, int line, String python)
            throws CodeEditException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(python, "python");
        ReactorPython code = ReactorPython.written(scenario);
        List<String> lines = code.lines();
        if (line < 1 || line > lines.size()) {
            throw new CodeEditException(0, "The code has lines 1 to " + lines.size() + ".");
        }
        Place place = code.statementOn(line)
                .orElseThrow(() -> new CodeEditException(
                        0,
                        "Line " + line + " is not a statement of the program: it is part of a definition, an"
                                + " import, a helper class or the poetry client. Change a line inside a function,"
                                + " or one of the module's own lines at the bottom."));
        String function = place instanceof Place.InFunction in ? in.function() : null;
        int index = place instanceof Place.InFunction in ? in.index() : ((Place.InMain) place).index();
        Set<String> tallies = new HashSet<>();
        code.program().tallies().forEach(tally -> tallies.add(tally.name()));
        String statement = PythonStatementReader.read(python, code.signature(function), tallies);
        try {
            return ReactorScenarioReader.withStatement(json, function, index, statement);
        } catch (ScenarioException broken) {
            throw new CodeEditException(0, "The program does not read with that line: " + broken.problem() + ".");
        }
    }

    /** True when line {@code line} (1-based) of {@code scenario}'s code holds a statement a change may replace. */
    public static boolean isStatement(ReactorScenario scenario, int line) {
        return ReactorPython.written(scenario).statementOn(line).isPresent();
    }
}

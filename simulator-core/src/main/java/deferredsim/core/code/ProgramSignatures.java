package deferredsim.core.code;

import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.script.Ref;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.reactor.script.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters each function of a reactor scenario's {@link Program} gets when written as
 * Python: as many as every place that calls it passes ({@code callLater(1, f, "a")} passes one, a
 * callback gets the result and the extra arguments), named for what the first one is ({@code
 * poem}, {@code failure}, {@code result}) and {@code arg1}, {@code arg2}… after it. A function called
 * with different numbers of arguments, or whose statements use an argument it may not get, takes
 * {@code *args}, which is what the simulator's functions do: they accept any arguments and raise
 * {@code IndexError} for a missing {@code {N}}.
 */
final class ProgramSignatures {
    /** What a function's first argument is, from how it is called. */
    enum Role {
        PLAIN,
        POEM,
        FAILURE,
        RESULT
    }

    /** How one function is written: its parameter names, or {@code *args}. */
    record Signature(List<String> names, boolean star, Role first) {
        Signature {
            names = List.copyOf(names);
        }

        /** The Python expression for argument {@code index}. */
        String argument(int index) {
            return star || index >= names.size() ? "args[" + index + "]" : names.get(index);
        }

        /** The parameter list between the parentheses of its {@code def}. */
        String parameters() {
            return star ? "*args" : String.join(", ", names);
        }

        /** True when argument {@code index} is a Deferred's failure (the function is only ever an errback). */
        boolean isFailure(int index) {
            return index == 0 && first == Role.FAILURE;
        }
    }

    private final Map<String, Set<Integer>> arities = new HashMap<>();
    private final Map<String, Set<Role>> roles = new HashMap<>();
    private final Map<String, Signature> signatures = new LinkedHashMap<>();

    private ProgramSignatures() {}

    /** The signature of every function of {@code program}; names in {@code taken} are not used for parameters. */
    static Map<String, Signature> of(Program program, Set<String> taken) {
        ProgramSignatures found = new ProgramSignatures();
        List<Statement> all = new ArrayList<>(program.main());
        program.functions().values().forEach(all::addAll);
        for (Statement statement : all) {
            found.calls(statement);
        }
        program.countdowns().forEach(countdown -> found.called(countdown.then(), 0, Role.PLAIN));
        program.tallies().forEach(tally -> found.called(tally.then(), 0, Role.PLAIN));
        program.functions().forEach((name, body) -> found.signatures.put(name, found.signature(name, body, taken)));
        return found.signatures;
    }

    private void calls(Statement statement) {
        switch (statement) {
            case Statement.CallWhenRunning s -> called(s.target(), s.args().size(), Role.PLAIN);
            case Statement.CallLater s -> called(s.target(), s.args().size(), Role.PLAIN);
            case Statement.NewLoopingCall s -> called(s.target(), s.args().size(), Role.PLAIN);
            case Statement.Invoke s -> called(s.target(), s.args().size(), Role.PLAIN);
            case Statement.AddCallbacks s -> {
                int arity = 1 + s.args().size();
                boolean both = s.kind() == Statement.AddKind.BOTH;
                called(s.callback(), arity, Role.RESULT);
                called(s.errback(), arity, both ? Role.RESULT : Role.FAILURE);
            }
            case Statement.GetPoetry s -> {
                called(s.callback(), 1, Role.POEM);
                called(s.errback(), 1, Role.FAILURE);
            }
            default -> {}
        }
    }

    private void called(Ref ref, int arity, Role role) {
        if (ref == null || !ref.isFunction()) {
            return;
        }
        arities.computeIfAbsent(ref.target(), k -> new HashSet<>()).add(arity);
        roles.computeIfAbsent(ref.target(), k -> new HashSet<>()).add(arity == 0 ? Role.PLAIN : role);
    }

    private Signature signature(String function, List<Statement> body, Set<String> taken) {
        int highest = -1;
        for (Statement statement : body) {
            for (Template template : StatementPython.templates(statement)) {
                highest = Math.max(highest, template.highestPlaceholder());
            }
        }
        Set<Integer> counts = arities.getOrDefault(function, Set.of());
        Set<Role> seen = roles.getOrDefault(function, Set.of());
        Role first = seen.size() == 1 ? seen.iterator().next() : seen.isEmpty() ? Role.PLAIN : Role.RESULT;
        int arity = counts.size() == 1 ? counts.iterator().next() : counts.isEmpty() ? highest + 1 : -1;
        if (arity < 0 || highest >= arity) {
            return new Signature(List.of(), true, first);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            String name = i == 0 && first != Role.PLAIN
                    ? first.name().toLowerCase(java.util.Locale.ROOT)
                    : "arg" + (first == Role.PLAIN ? i + 1 : i);
            while (taken.contains(name) || names.contains(name)) {
                name = name + "_";
            }
            names.add(name);
        }
        return new Signature(names, false, first);
    }
}

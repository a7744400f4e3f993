package deferredsim.core.program;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deferreds of a recorded program as a scenario's declarations, for the views that lay a run
 * out by its scenario: a plain deferred for each {@code Deferred} the program made, a list (or
 * gatherResults) with its members, a generator's deferred. They declare no chains, fires or
 * actions: the recording holds what happened, and this scenario is never run.
 *
 * <p>Each deferred is referenced from one place at most, as scenarios require: a member of two
 * lists is drawn under the first. Deferreds Twisted makes for itself are left out, as a scenario
 * never names them.
 */
final class ProgramCast {
    private ProgramCast() {}

    static Scenario of(Recording recording, Map<String, ListOptions> options) {
        List<DeferredSpec> specs = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        Set<String> declared = new HashSet<>();
        for (SimEvent event : recording.events()) {
            if (!(event instanceof SimEvent.Created made) || made.kind() == DeferredKind.INTERNAL) {
                continue;
            }
            String name = made.deferred();
            declared.add(name);
            specs.add(
                    switch (made.kind()) {
                        case LIST, GATHER -> {
                            List<String> members = new ArrayList<>();
                            for (String member : made.members()) {
                                if (declared.contains(member) && referenced.add(member)) {
                                    members.add(member);
                                }
                            }
                            yield new DeferredSpec.ListOf(
                                    name, members, options.getOrDefault(name, ListOptions.PLAIN), List.of());
                        }
                        case INLINE -> new DeferredSpec.Inline(name, List.of(), List.of());
                        default -> new DeferredSpec.Plain(name, List.of(), Optional.empty(), Optional.empty());
                    });
        }
        try {
            return Scenario.of(specs, List.of());
        } catch (ScenarioException impossible) {
            throw new IllegalStateException("a program's deferreds broke a scenario rule: " + impossible.getMessage());
        }
    }
}

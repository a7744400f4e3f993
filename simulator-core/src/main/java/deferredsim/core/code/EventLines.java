package deferredsim.core.code;

import deferredsim.core.code.ScenarioPython.Anchor;
import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.FireCause;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each event of a scenario's recording to the line of {@link ScenarioPython}'s code where it
 * happens.
 *
 * <p>Overview: an event the code does on a line of its own has that line: a deferred made, a pair
 * added, a member function running, a fire, a timed call scheduled or run, a canceller, a yield, a
 * generator finishing. Twisted's own steps (a chain waiting or taking a result, a list recording a
 * member, a cancel passed on, a pass ending) happen inside the call being made at the time, so
 * they get the line of that call: the last fire, timed call, creation or addition. A member
 * function's line is not such a call: it has returned when Twisted goes on.
 */
final class EventLines {
    private final Scenario scenario;
    private final Map<Anchor, Integer> anchors;
    private final Map<Integer, Integer> callLines = new HashMap<>();
    /** The timed calls in the order the engine schedules them first: top-level fires, then actions. */
    private final List<Anchor> firstScheduled = new ArrayList<>();

    private int scheduled;
    private Integer current;
    private Integer lastFire;

    EventLines(Scenario scenario, Map<Anchor, Integer> anchors) {
        this.scenario = scenario;
        this.anchors = anchors;
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain
                    && plain.fire().isPresent()
                    && scenario.isTopLevel(spec.name())) {
                firstScheduled.add(new Anchor.Fire(spec.name()));
            }
        }
        for (int i = 0; i < scenario.actions().size(); i++) {
            firstScheduled.add(new Anchor.ActionAt(i));
        }
    }

    /** The line of each event of {@code recording}, null where none. */
    List<SourceLine> map(Recording recording) {
        List<SourceLine> lines = new ArrayList<>(recording.size());
        SimEvent previous = null;
        for (SimEvent event : recording.events()) {
            Integer line = line(event, previous);
            lines.add(line == null ? null : SourceLine.of(line));
            previous = event;
        }
        return lines;
    }

    private Integer line(SimEvent event, SimEvent previous) {
        return switch (event) {
            case SimEvent.Created e ->
                topLevel(e.deferred(), anchor(new Anchor.Make(e.deferred())).orElse(current));
            case SimEvent.PairAdded e -> topLevel(e.deferred(), pairLine(e.deferred(), e.stage(), e.atCreation()));
            case SimEvent.Fired e -> {
                boolean byCanceller = previous instanceof SimEvent.CancelArrived c
                        && c.deferred().equals(e.deferred())
                        && c.effect() == CancelEffect.CANCELLER;
                Integer line;
                if (byCanceller) {
                    line = anchor(new Anchor.Canceller(e.deferred())).orElse(current);
                } else if (previous instanceof SimEvent.DelayedCallRan) {
                    line = current; // the timed call's own line: a scheduled fire or a fire action
                } else {
                    // Fired as it is made, inside its make function: the call being made goes on.
                    lastFire = anchor(new Anchor.Fire(e.deferred())).orElse(current);
                    yield lastFire;
                }
                lastFire = line;
                yield call(line);
            }
            case SimEvent.AlreadyCalled e -> lastFire;
            case SimEvent.FireSwallowed e -> lastFire;
            case SimEvent.StageRan e -> stageLine(e.deferred(), e.stage(), e.side());
            case SimEvent.InternalFire e ->
                e.cause() == FireCause.GENERATOR_RETURNED || e.cause() == FireCause.GENERATOR_RAISED
                        ? anchor(new Anchor.Finish(e.deferred())).orElse(current)
                        : current;
            case SimEvent.GeneratorResumed e ->
                anchor(new Anchor.Yield(e.deferred(), e.step())).orElse(current);
            case SimEvent.GeneratorSuspended e ->
                anchor(new Anchor.Yield(e.deferred(), e.step())).orElse(current);
            case SimEvent.DelayedCallScheduled e -> {
                Integer line = scheduledLine(e.description(), scheduled++);
                if (line != null) {
                    callLines.put(e.call(), line);
                }
                yield line;
            }
            case SimEvent.DelayedCallRan e -> call(callLines.get(e.call()));
            case SimEvent.DelayedCallCancelled e -> current;
            case SimEvent.Outcome e -> null;
            default -> current;
        };
    }

    /**
     * A top-level deferred's creation and pairs are statements of their own: {@code line} becomes
     * the call being made. A deferred made when first needed is made inside that call.
     */
    private Integer topLevel(String deferred, Integer line) {
        return scenario.isTopLevel(deferred) ? call(line) : line;
    }

    /** {@code line} becomes the call being made; returns it. */
    private Integer call(Integer line) {
        if (line != null) {
            current = line;
        }
        return line;
    }

    private Optional<Integer> anchor(Anchor anchor) {
        return Optional.ofNullable(anchors.get(anchor));
    }

    private Integer pairLine(String deferred, int stage, boolean atCreation) {
        if (atCreation) {
            return anchor(new Anchor.Pair(deferred, stage)).orElse(current);
        }
        return current;
    }

    private Integer stageLine(String deferred, int stage, Side side) {
        Optional<DeferredSpec> spec = scenario.deferred(deferred);
        if (spec.isEmpty()) {
            return current;
        }
        List<PairSpec> chain = spec.get().chain();
        PairSpec pair;
        Integer pairLine;
        if (stage < chain.size()) {
            pair = chain.get(stage);
            pairLine = anchors.get(new Anchor.Pair(deferred, stage));
        } else {
            int later = stage - chain.size();
            List<Integer> adds = new ArrayList<>();
            List<Action> actions = scenario.actions();
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i) instanceof Action.Add
                        && actions.get(i).deferred().equals(deferred)) {
                    adds.add(i);
                }
            }
            if (later >= adds.size()) {
                return current;
            }
            pair = ((Action.Add) actions.get(adds.get(later))).pair();
            pairLine = anchors.get(new Anchor.ActionAt(adds.get(later)));
        }
        MemberSpec member = side == Side.CALLBACK ? pair.callback() : pair.errback();
        if (member instanceof MemberSpec.Passthru) {
            return pairLine;
        }
        return anchor(new Anchor.Function(member.toString())).orElse(pairLine);
    }

    /**
     * The line that schedules timed call number {@code order}: the engine schedules the top-level
     * fires and then the actions, in order, before anything else; later ones are the fires of
     * deferreds made when first needed ({@code fire NAME}).
     */
    private Integer scheduledLine(String description, int order) {
        if (order < firstScheduled.size()) {
            return anchors.get(firstScheduled.get(order));
        }
        if (description.startsWith("fire ")) {
            return anchor(new Anchor.Fire(description.substring("fire ".length())))
                    .orElse(current);
        }
        return current;
    }
}

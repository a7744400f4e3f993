package deferredsim.gui.lanes;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Reading;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A run laid out for the lanes: one {@link Column} per deferred, left to right, each inner deferred
 * just right of the deferred that makes it and level with the stage, list or generator step that
 * makes it.
 *
 * <p>Everything about the run comes from its {@link Reading}: which deferreds exist, who made
 * them and where (the {@link Beat.Created} beats), the pairs added, the stages that ran. The
 * scenario's typed structure ({@link DeferredSpec}, {@link MemberSpec.Defer}) only adds what a run
 * cannot know: the deferreds a branch that did not run would have made, and stages never added.
 * A run with no scenario (a reactor program's) is laid out from the reading alone.
 *
 * <p>Building costs one pass over the deferreds and their beats; afterwards every question about a
 * playhead is a lookup in the reading. Get one with {@link #of(Scenario, Reading)}; {@link #EMPTY}
 * has no columns.
 */
public final class LaneIndex {
    /** No run: nothing to draw. */
    public static final LaneIndex EMPTY = new LaneIndex(List.of(), 0, null);

    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final int rowCount;
    private final Reading reading;

    private LaneIndex(List<Column> columns, int rowCount, Reading reading) {
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        this.reading = reading;
        for (Column column : this.columns) {
            byName.put(column.name(), column);
        }
    }

    /**
     * Lays out the deferreds of {@code reading}'s run and, when {@code scenario} (the scenario that
     * was run, or null) names more, those too, all in one row of columns.
     */
    public static LaneIndex of(Scenario scenario, Reading reading) {
        return of(scenario, reading, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(Scenario, Reading)}, with at most {@code across} columns side by side: further
     * columns wrap onto a shelf below all rows of the shelf before (keeping their rows level with
     * each other), so a long staircase of inner deferreds uses the height of the view instead of
     * running off to the right.
     */
    public static LaneIndex of(Scenario scenario, Reading reading, int across) {
        Map<String, Placement> placements = new Placer(scenario, reading).placements();
        List<Spot> spots = new ArrayList<>();
        Map<String, List<Placement>> children = new LinkedHashMap<>();
        List<Placement> roots = new ArrayList<>();
        for (Placement p : placements.values()) {
            if (p.parent() == null) {
                roots.add(p);
            } else {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> placed = new HashSet<>();
        for (Placement root : roots) {
            place(root, 0, 0, children, spots, placed);
        }
        // A parent cycle (a deferred returned by its own stage) leaves some unplaced: they become roots.
        for (Placement p : placements.values()) {
            if (!placed.contains(p.name())) {
                place(p, 0, 0, children, spots, placed);
            }
        }
        int perShelf = Math.max(1, across);
        List<Column> columns = new ArrayList<>();
        int rows = 0;
        int shelfBase = 0;
        for (int first = 0; first < spots.size(); first += perShelf) {
            List<Spot> shelf = spots.subList(first, Math.min(spots.size(), first + perShelf));
            int top = shelf.stream().mapToInt(Spot::rowOffset).min().orElse(0);
            int bottom = shelfBase;
            for (int k = 0; k < shelf.size(); k++) {
                Spot spot = shelf.get(k);
                Column column = new Column(
                        reading,
                        spot.placement(),
                        spot.depth(),
                        k,
                        shelfBase + spot.rowOffset() - top,
                        first / perShelf);
                columns.add(column);
                bottom = Math.max(bottom, column.rowOffset() + column.rowCount());
            }
            rows = bottom;
            shelfBase = bottom + 1;
        }
        return new LaneIndex(columns, rows, reading);
    }

    /** A column's place before shelves: depth-first order, rows down from the top. */
    private record Spot(Placement placement, int depth, int rowOffset, int rowCount) {}

    private static void place(
            Placement p,
            int depth,
            int rowOffset,
            Map<String, List<Placement>> children,
            List<Spot> spots,
            Set<String> placed) {
        if (!placed.add(p.name())) {
            return;
        }
        // Rows as a Column would count them: header, members, steps, stages, result.
        int stagesStart = 1 + p.steps().size() + (p.members().isEmpty() ? 0 : 1);
        spots.add(new Spot(p, depth, rowOffset, stagesStart + p.stages().size() + 1));
        List<Placement> mine = new ArrayList<>(children.getOrDefault(p.name(), List.of()));
        mine.sort(Comparator.comparingInt((Placement c) -> anchorRow(p, c)).thenComparingInt(Placement::order));
        for (Placement child : mine) {
            place(child, depth + 1, rowOffset + anchorRow(p, child), children, spots, placed);
        }
    }

    /** The row of {@code parent}'s column that {@code child} is drawn level with. */
    private static int anchorRow(Placement parent, Placement child) {
        int stagesStart = 1 + parent.steps().size() + (parent.members().isEmpty() ? 0 : 1);
        return switch (child.anchor()) {
            case ROOT, BESIDE -> 0;
            case STAGE -> stagesStart + Math.max(0, child.at());
            case MEMBER -> 1;
            case STEP -> 1 + Math.max(0, Math.min(parent.steps().size() - 1, child.at()));
        };
    }

    /** The columns, shelf by shelf, left to right. */
    public List<Column> columns() {
        return columns;
    }

    /** The column of {@code name}, or null. */
    public Column column(String name) {
        return byName.get(name);
    }

    /** Rows needed to draw every column. */
    public int rowCount() {
        return rowCount;
    }

    /** The reading the columns show, or null for {@link #EMPTY}. */
    public Reading reading() {
        return reading;
    }

    /** The number of events in the run. */
    public int eventCount() {
        return reading == null ? 0 : reading.size();
    }

    /** Works out every deferred's placement: from the reading first, the scenario's structure second. */
    private static final class Placer {
        private final Scenario scenario;
        private final Reading reading;
        private final Map<String, List<PairSpec>> specPairs = new LinkedHashMap<>();
        private final Map<String, List<String>> specAdded = new LinkedHashMap<>();

        Placer(Scenario scenario, Reading reading) {
            this.scenario = scenario;
            this.reading = reading;
            if (scenario == null) {
                return;
            }
            for (DeferredSpec spec : scenario.deferreds()) {
                specPairs.put(spec.name(), new ArrayList<>(spec.chain()));
                List<String> added = new ArrayList<>();
                spec.chain().forEach(pair -> added.add(null));
                specAdded.put(spec.name(), added);
            }
            List<Action.Add> adds = new ArrayList<>();
            for (Action action : scenario.actions()) {
                if (action instanceof Action.Add add) {
                    adds.add(add);
                }
            }
            adds.sort(Comparator.comparing(Action::at)); // stable: ties keep the listed order, as the clock does
            for (Action.Add add : adds) {
                if (specPairs.containsKey(add.deferred())) {
                    specPairs.get(add.deferred()).add(add.pair());
                    specAdded.get(add.deferred()).add(Words.time(add.at()));
                }
            }
        }

        Map<String, Placement> placements() {
            List<String> names = new ArrayList<>();
            if (scenario != null) {
                scenario.deferreds().forEach(spec -> names.add(spec.name()));
            }
            for (String name : reading.deferreds()) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            Map<String, Placement> placements = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                placements.put(names.get(i), placement(names.get(i), i, names));
            }
            return placements;
        }

        private Placement placement(String name, int order, List<String> names) {
            Optional<DeferredSpec> spec = scenario == null ? Optional.empty() : scenario.deferred(name);
            DeferredSnapshot end = reading.deferred(name, reading.end());
            String parent = null;
            Column.Anchor anchor = Column.Anchor.ROOT;
            int at = -1;
            int creation = Integer.MAX_VALUE;
            Beat.Created created = created(name);
            if (created != null) {
                creation = created.index();
                if (created.by() != null && names.contains(created.by())) {
                    switch (created.origin()) {
                        case STAGE -> anchor = Column.Anchor.STAGE;
                        case LIST_MEMBER -> anchor = Column.Anchor.MEMBER;
                        case YIELD -> anchor = Column.Anchor.STEP;
                        case INTERNAL -> anchor = Column.Anchor.BESIDE;
                        case TOP_LEVEL -> anchor = Column.Anchor.ROOT;
                    }
                    if (anchor != Column.Anchor.ROOT) {
                        parent = created.by();
                        at = created.at();
                    }
                }
            } else if (scenario != null && !scenario.isTopLevel(name)) {
                Placement maker = madeInScenario(name);
                if (maker != null) {
                    parent = maker.parent();
                    anchor = maker.anchor();
                    at = maker.at();
                }
            }
            DeferredKind kind =
                    created != null ? end.kind() : spec.map(LaneIndex::kindOf).orElse(end.kind());
            List<String> members = spec.filter(s -> s instanceof DeferredSpec.ListOf)
                    .map(s -> ((DeferredSpec.ListOf) s).members())
                    .orElse(end.list() == null ? List.of() : end.list().members());
            List<String> steps = new ArrayList<>();
            if (spec.orElse(null) instanceof DeferredSpec.Inline inline) {
                inline.steps().forEach(step -> steps.add(step.toString()));
            }
            return new Placement(
                    name,
                    kind,
                    parent,
                    anchor,
                    at,
                    creation == Integer.MAX_VALUE ? Integer.MAX_VALUE / 2 + order : creation,
                    about(name, kind, spec, parent, anchor),
                    members,
                    steps,
                    stages(name, end));
        }

        private Beat.Created created(String name) {
            for (Beat beat : reading.beats(name)) {
                if (beat instanceof Beat.Created c) {
                    return c;
                }
            }
            return null;
        }

        /** The deferred whose stage, list or generator step would make {@code name}, by the scenario's structure. */
        private Placement madeInScenario(String name) {
            for (DeferredSpec spec : scenario.deferreds()) {
                List<PairSpec> pairs = specPairs.getOrDefault(spec.name(), List.of());
                for (int k = 0; k < pairs.size(); k++) {
                    if (defers(pairs.get(k).callback(), name)
                            || defers(pairs.get(k).errback(), name)) {
                        return new Placement(
                                name,
                                null,
                                spec.name(),
                                Column.Anchor.STAGE,
                                k,
                                0,
                                "",
                                List.of(),
                                List.of(),
                                List.of());
                    }
                }
                if (spec instanceof DeferredSpec.ListOf list && list.members().contains(name)) {
                    return new Placement(
                            name,
                            null,
                            spec.name(),
                            Column.Anchor.MEMBER,
                            list.members().indexOf(name),
                            0,
                            "",
                            List.of(),
                            List.of(),
                            List.of());
                }
                if (spec instanceof DeferredSpec.Inline inline) {
                    for (int step = 0; step < inline.steps().size(); step++) {
                        if (inline.steps().get(step) instanceof InlineStep.Yield yield
                                && yield.name().equals(name)) {
                            return new Placement(
                                    name,
                                    null,
                                    spec.name(),
                                    Column.Anchor.STEP,
                                    step,
                                    0,
                                    "",
                                    List.of(),
                                    List.of(),
                                    List.of());
                        }
                    }
                }
            }
            return null;
        }

        private static boolean defers(MemberSpec stage, String name) {
            return stage instanceof MemberSpec.Defer defer && defer.name().equals(name);
        }

        /** The rows of the chain: the pairs the run added (as recorded), then any the scenario adds that it never did. */
        private List<StageRow> stages(String name, DeferredSnapshot end) {
            List<PairSpec> pairs = specPairs.getOrDefault(name, List.of());
            List<String> added = specAdded.getOrDefault(name, List.of());
            int count = Math.max(pairs.size(), end.stages());
            // The pairs the run recorded, by stage: one pass over the beats (a chain may have 100,000 stages).
            Beat.PairAdded[] recorded = new Beat.PairAdded[count];
            for (Beat beat : reading.beats(name)) {
                if (beat instanceof Beat.PairAdded pair && pair.stage() < count && recorded[pair.stage()] == null) {
                    recorded[pair.stage()] = pair;
                }
            }
            List<StageRow> rows = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                if (recorded[k] != null) {
                    Beat.PairAdded pair = recorded[k];
                    rows.add(new StageRow(
                            k, pair.callback(), pair.errback(), pair.atCreation() ? null : Words.time(pair.time())));
                } else if (k < pairs.size()) {
                    rows.add(new StageRow(
                            k,
                            pairs.get(k).callback().toString(),
                            pairs.get(k).errback().toString(),
                            added.get(k)));
                } else {
                    rows.add(new StageRow(k, "the program's callback", "the program's errback", null));
                }
            }
            return rows;
        }

        private String about(
                String name, DeferredKind kind, Optional<DeferredSpec> spec, String parent, Column.Anchor anchor) {
            String what = switch (kind) {
                case PLAIN -> "Deferred";
                case LIST -> "DeferredList";
                case GATHER -> "gatherResults";
                case INLINE -> "@inlineCallbacks";
                case INTERNAL -> "Twisted's own Deferred";
            };
            List<String> parts = new ArrayList<>(List.of(what));
            switch (spec.orElse(null)) {
                case DeferredSpec.Plain plain -> {
                    parts.add(plain.fire()
                            .map(f -> Words.call(name, f.method(), f.value()) + " at t=" + f.after())
                            .orElse("not fired by itself"));
                    plain.canceller().ifPresent(c -> parts.add("canceller: " + c));
                }
                case DeferredSpec.ListOf list -> parts.addAll(flags(list.options()));
                case null, default -> {}
            }
            if (parent != null) {
                parts.add(
                        switch (anchor) {
                            case BESIDE -> "for " + parent;
                            case MEMBER -> "member of " + parent;
                            default -> "made by " + parent;
                        });
            }
            return String.join(" · ", parts);
        }

        private static List<String> flags(ListOptions o) {
            List<String> flags = new ArrayList<>();
            if (o.fireOnOneCallback()) {
                flags.add("fireOnOneCallback");
            }
            if (o.fireOnOneErrback()) {
                flags.add("fireOnOneErrback");
            }
            if (o.consumeErrors()) {
                flags.add("consumeErrors");
            }
            return flags;
        }
    }

    private static DeferredKind kindOf(DeferredSpec spec) {
        return switch (spec) {
            case DeferredSpec.ListOf list -> list.options().gather() ? DeferredKind.GATHER : DeferredKind.LIST;
            case DeferredSpec.Inline inline -> DeferredKind.INLINE;
            case DeferredSpec.Plain plain -> DeferredKind.PLAIN;
        };
    }
}

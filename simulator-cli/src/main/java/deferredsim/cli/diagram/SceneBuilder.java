package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredPhase;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.FiredBy;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a {@link Reading}'s beats out as {@link Column}s: each beat becomes a row, a box or a step
 * mark of its deferred's lane, tagged with the index of the event that made it, so a view shows
 * the run as of any position by hiding later marks. What happened and in which words comes from
 * the reading; this class only decides where it goes on the page.
 *
 * <p>Overview: each lane has a cursor, the slot where the deferred's chain currently is (a gap
 * between stages, or a generator's current yield); notes go there. Deferreds Twisted makes for
 * itself get no lane: the notes of the deferred they serve tell about them.
 */
final class SceneBuilder {
    /** Where a lane's chain is while the beats are laid out. */
    private static final class Cursor {
        final Column lane;
        Column.Slot slot;
        /** The side of the bar the chain is on: the side of the last value drawn. */
        Side track;

        Cursor(Column lane) {
            this.lane = lane;
            this.slot =
                    lane.kind == DeferredKind.LIST || lane.kind == DeferredKind.GATHER ? lane.intro : lane.gaps.get(0);
        }
    }

    private record Placed(String deferred, Beat beat) {}

    private final Scenario scenario;
    private final Reading reading;
    private final Map<String, Cursor> cursors = new LinkedHashMap<>();

    SceneBuilder(Scenario scenario, Reading reading) {
        this.scenario = scenario;
        this.reading = reading;
    }

    /** Lays out every beat and returns the scene. */
    Scene build() {
        List<Placed> beats = new ArrayList<>();
        for (String name : reading.deferreds()) {
            if (scenario.deferred(name).isPresent()) {
                reading.beats(name).forEach(beat -> beats.add(new Placed(name, beat)));
            }
        }
        beats.sort(Comparator.comparingInt(placed -> placed.beat().index()));
        for (Placed placed : beats) {
            lay(placed.deferred(), placed.beat());
        }
        Map<String, Column> lanes = new LinkedHashMap<>();
        cursors.forEach((name, cursor) -> lanes.put(name, cursor.lane));
        List<String> roots = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            if (!lanes.containsKey(spec.name())) {
                unused.add(spec.name());
            } else if (scenario.isTopLevel(spec.name())) {
                roots.add(spec.name());
            }
        }
        return new Scene(scenario, reading, lanes, roots, unused);
    }

    private void lay(String name, Beat beat) {
        switch (beat) {
            case Beat.Created b -> created(name, b);
            case Beat.PairAdded b -> {
                Column lane = lane(name);
                lane.addBox(new StageBox(
                        b.stage(), b.callback(), b.errback(), b.index(), b.atCreation() ? null : b.time()));
            }
            case Beat.Fired b -> fired(name, b);
            case Beat.LateFire b -> {
                Row row = note(
                        name, b.index(), Words.time(b.time()) + "  " + b.fire().call(), Style.MUTED);
                row.suffix = b.fire().swallowed() ? "  swallowed (cancelled)" : "  AlreadyCalledError";
                row.suffixStyle = b.fire().swallowed() ? Style.MUTED : Style.WARNING;
                row.suffixFrom = b.index();
            }
            case Beat.StageRan b -> stageRan(name, b);
            case Beat.Waits b -> note(name, b.index(), waitingText(name, b.inner()), Style.WAITING);
            case Beat.Takes b -> takes(name, b);
            case Beat.HandsOn b -> {
                Cursor cursor = cursors.get(name);
                cursor.lane.handedTo = b.taker();
                complete(cursor, b.index());
            }
            case Beat.Paused b ->
                note(
                        name,
                        b.index(),
                        Words.time(b.time()) + "  " + name + ".pause()  (pauses: " + b.pauses() + ")",
                        Style.HEADER);
            case Beat.Unpaused b ->
                note(
                        name,
                        b.index(),
                        Words.time(b.time()) + "  " + name + ".unpause()  (pauses: " + b.pauses() + ")",
                        Style.HEADER);
            case Beat.CancelCalled b ->
                note(name, b.index(), Words.time(b.time()) + "  " + name + ".cancel()", Style.HEADER);
            case Beat.CancelArrived b -> {
                if (b.cancellation().passedOnFrom() != null) {
                    note(name, b.index(), "cancelled by " + b.cancellation().passedOnFrom(), Style.HEADER);
                }
            }
            case Beat.Recorded b -> {
                Cursor cursor = cursors.get(name);
                if (cursor != null && cursor.lane.entered < 0) {
                    cursor.lane.intro.rows.add(row(
                            cursor,
                            Row.Kind.NOTE,
                            Words.time(b.time()) + "  " + reading.label(b.index()),
                            Style.MUTED,
                            b.index(),
                            null));
                }
            }
            case Beat.Suspended b -> {}
            case Beat.Resumed b -> resumed(name, b);
            case Beat.PassEnded b -> {
                if (b.result() != null) {
                    complete(cursors.get(name), b.index());
                }
            }
            case Beat.Outcome b -> {}
        }
        version(name, beat.index());
    }

    /** A new lane, linked to the row or step of its parent that made it. */
    private void created(String name, Beat.Created b) {
        DeferredSpec spec = scenario.deferred(name).orElseThrow();
        Cursor parent = b.by() == null ? null : cursors.get(b.by());
        DeferredKind kind = reading.deferred(name, Playhead.after(b.index())).kind();
        Column lane = new Column(name, spec, kind, b.index(), b.time(), b.by(), origin(b));
        Cursor cursor = new Cursor(lane);
        cursors.put(name, cursor);
        if (spec instanceof DeferredSpec.Inline inline) {
            List<InlineStep> steps = inline.steps();
            for (int s = 0; s < steps.size(); s++) {
                lane.addStep(new Column.Step(s, steps.get(s)));
            }
            reach(lane, 0, b.index());
        }
        if (parent == null) {
            return;
        }
        Column.Step step = parent.lane.stepYielding(name);
        if (step != null) {
            step.reached = b.index();
            parent.slot = step.slot;
            return;
        }
        for (Row row : parent.slot.rows) {
            if (row.kind == Row.Kind.VALUE && name.equals(row.link)) {
                row.linkFrom = b.index();
            }
        }
    }

    /** {@code member 1 of L}, {@code yielded by g at step 0}, {@code from d's stage 2}, or empty for a top-level one. */
    private static String origin(Beat.Created b) {
        return switch (b.origin()) {
            case STAGE -> "from " + b.by() + "'s stage " + b.at();
            case LIST_MEMBER -> "member " + b.at() + " of " + b.by();
            case YIELD -> "yielded by " + b.by() + (b.at() >= 0 ? " at step " + b.at() : "");
            case TOP_LEVEL, INTERNAL -> "";
        };
    }

    /** Marks a generator's step {@code s} reached, unless it yields a deferred (reached when that is created). */
    private static void reach(Column lane, int s, int index) {
        if (s < lane.steps.size() && lane.steps.get(s).child == null) {
            lane.steps.get(s).reached = index;
        }
    }

    /** The deferred got its first result: the entry label, and the value starting down the chain. */
    private void fired(String name, Beat.Fired b) {
        Cursor cursor = cursors.get(name);
        Column lane = cursor.lane;
        DeferredSnapshot.Firing firing = b.firing();
        lane.entered = b.index();
        cursor.slot = lane.gaps.get(
                Math.min(reading.deferred(name, Playhead.before(b.index())).nextStage(), lane.gaps.size() - 1));
        cursor.slot.rows.add(row(
                cursor,
                Row.Kind.ENTRY,
                Words.time(b.time()) + "  " + entry(name, firing),
                Style.HEADER,
                b.index(),
                null));
        if (firing.by() == FiredBy.GENERATOR_CANCELLED) {
            return;
        }
        Value value = firing.value();
        cursor.track = Words.sideOf(value);
        cursor.slot.rows.add(row(cursor, Row.Kind.VALUE, value.render(), Phrases.styleOf(value), b.index(), null));
    }

    /** How a deferred got its result, as its lane's entry says it. */
    private static String entry(String name, DeferredSnapshot.Firing firing) {
        String v = firing.value().render();
        return switch (firing.by()) {
            case CALL -> firing.call();
            case CANCELLER -> firing.call() + "  (by its canceller)";
            case CANCEL -> "cancel() → CancelledError";
            case LIST_EMPTY, LIST_COMPLETE, LIST_FIRST_SUCCESS, LIST_FIRST_FAILURE -> name + " fires: " + v;
            case GENERATOR_RETURNED -> "the generator returns " + v;
            case GENERATOR_RAISED -> "the generator raises " + v;
            case GENERATOR_CANCELLED -> "cancel() → waits for its generator";
        };
    }

    /** The box that ran, and the value it put in the gap below. */
    private void stageRan(String name, Beat.StageRan b) {
        Cursor cursor = cursors.get(name);
        Column lane = cursor.lane;
        DeferredSnapshot.StageRun run = b.run();
        if (run.stage() >= lane.boxes.size()) {
            return;
        }
        StageBox box = lane.boxes.get(run.stage());
        box.ran = run.side();
        box.runIndex = b.index();
        cursor.slot = lane.gaps.get(run.stage() + 1);
        Value out = run.out();
        cursor.track = out != null ? Words.sideOf(out) : run.side();
        Row row = row(
                cursor,
                Row.Kind.VALUE,
                out != null ? out.render() : "<" + run.returned() + ">",
                out != null ? Phrases.styleOf(out) : Style.HEADER,
                b.index(),
                run.returned(),
                out != null ? Words.sideOf(out) : run.side());
        row.stage = run.stage();
        cursor.slot.rows.add(row);
    }

    private String waitingText(String name, String inner) {
        return isInternal(inner) ? "waiting for its generator to finish" : "waiting for " + inner;
    }

    private boolean isInternal(String name) {
        return scenario.deferred(name).isEmpty();
    }

    /** The outer deferred takes an inner one's result: the arrow back, or a note. */
    private void takes(String name, Beat.Takes b) {
        Cursor cursor = cursors.get(name);
        cursor.track = Words.sideOf(b.value());
        String value = b.value().render();
        boolean linked = cursor.slot.rows.stream()
                .anyMatch(row -> row.kind == Row.Kind.VALUE && b.inner().equals(row.link) && row.linkFrom >= 0);
        if (linked) {
            if (b.immediately()) {
                note(name, b.index(), b.inner() + " has its result already", Style.MUTED);
            }
            cursor.slot.rows.add(row(
                    cursor,
                    Row.Kind.RESUME,
                    value,
                    Phrases.styleOf(b.value()),
                    b.index(),
                    b.inner(),
                    Words.sideOf(b.value())));
        } else if (isInternal(b.inner())) {
            note(name, b.index(), "its generator finished", Style.MUTED);
            cursor.slot.rows.add(row(
                    cursor,
                    Row.Kind.VALUE,
                    value,
                    Phrases.styleOf(b.value()),
                    b.index(),
                    null,
                    Words.sideOf(b.value())));
        } else {
            note(name, b.index(), "takes " + value + " from " + b.inner(), null);
        }
    }

    /** A generator resumed at a yield: the arrow back with what it got, and the steps it then reached. */
    private void resumed(String name, Beat.Resumed b) {
        Cursor cursor = cursors.get(name);
        if (b.step() < 0 || b.step() >= cursor.lane.steps.size()) {
            return;
        }
        Column.Step step = cursor.lane.steps.get(b.step());
        Value in = b.in();
        String verb = !in.isFailure() ? "got " : b.caught() ? "caught " : "raised ";
        boolean waited =
                reading.beats(name).stream().anyMatch(beat -> beat instanceof Beat.Suspended s && s.step() == b.step());
        if (!waited) {
            step.waited = false;
            step.slot.rows.add(new Row(
                    Row.Kind.NOTE, step.child + " has its result already", Style.MUTED, b.index(), null, false, null));
        }
        step.slot.rows.add(
                new Row(Row.Kind.RESUME, verb + in.render(), Phrases.styleOf(in), b.index(), null, false, step.child));
        if (!in.isFailure() || b.caught()) {
            reach(cursor.lane, b.step() + 1, b.index());
        }
    }

    /** The chain has run to its end for now: the arrow into the result line appears. */
    private static void complete(Cursor cursor, int index) {
        List<Column.Slot> gaps = cursor.lane.gaps;
        if (cursor.slot == gaps.get(gaps.size() - 1) && cursor.slot.closedAt < 0) {
            cursor.slot.closedAt = index;
        }
    }

    /** Adds a note at the lane's cursor, with the bar the chain has there. */
    private Row note(String name, int index, String text, Style style) {
        Cursor cursor = cursors.get(name);
        Row row = row(cursor, Row.Kind.NOTE, text, style, index, null);
        cursor.slot.rows.add(row);
        return row;
    }

    private Row row(Cursor cursor, Row.Kind kind, String text, Style style, int index, String link) {
        return row(cursor, kind, text, style, index, link, cursor.track);
    }

    private Row row(Cursor cursor, Row.Kind kind, String text, Style style, int index, String link, Side track) {
        DeferredSnapshot now = reading.deferred(cursor.lane.name, Playhead.after(index));
        boolean dotted =
                now.phase() == DeferredPhase.WAITING || now.phase() == DeferredPhase.PAUSED || now.pauses() > 0;
        Side bar = cursor.lane.entered < 0 ? null : track;
        return new Row(kind, text, style, index, bar, dotted, link);
    }

    /** A new text of the result line when the deferred's state, in the reading's words, changed. */
    private void version(String name, int index) {
        Cursor cursor = cursors.get(name);
        if (cursor == null) {
            return;
        }
        DeferredSnapshot now = reading.deferred(name, Playhead.after(index));
        String text = now.status();
        String warning = now.unhandled() ? "[unhandled error]" : null;
        List<Column.Version> versions = cursor.lane.versions;
        Column.Version last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (last != null && last.text().equals(text) && Objects.equals(last.warning(), warning)) {
            return;
        }
        versions.add(new Column.Version(text, style(now), index, warning, now.phase() != DeferredPhase.RUNNING));
    }

    private static Style style(DeferredSnapshot now) {
        return switch (now.phase()) {
            case FIRED -> Phrases.styleOf(now.result());
            case WAITING, PAUSED -> Style.WAITING;
            default -> Style.MUTED;
        };
    }

    private Column lane(String name) {
        return cursors.get(name).lane;
    }
}

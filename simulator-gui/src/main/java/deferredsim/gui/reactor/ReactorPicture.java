package deferredsim.gui.reactor;

import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import deferredsim.core.time.Time;
import deferredsim.gui.timeline.TimeAxis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A reactor run as a picture on a {@link TimeAxis}, read from {@link Reading#reactor()}: one group
 * per execution model of Part 1 (a row per lane, each segment a span with the letter of its task)
 * and one per process of Parts 2–8 (its reactor's phases, wake-ups and startup triggers; a row per
 * timed call with when it was due, when it ran and how late; its thread, held or waiting in select;
 * its calls and its prints; a row per connection with the bytes that arrived; a server's accepts
 * and sends). Every shape carries the index of the event that made it, so a view shows the run as
 * of a playhead and tells any shape in the reading's words. Immutable.
 */
public record ReactorPicture(List<Group> groups) {
    /**
     * A process or an execution model.
     *
     * @param summary a closing line (a model's totals), or null
     * @param summaryIndex the event after which the summary holds, or -1
     */
    public record Group(String title, String who, List<Row> rows, String summary, int summaryIndex) {}

    /** One row of a group, e.g. a lane, the reactor, a timed call, a connection. */
    public record Row(String title, List<Shape> shapes) {}

    /** Something drawn in a row. */
    public sealed interface Shape {
        /** The event that made it. */
        int index();

        Look look();

        /** Its words: a task's letter, a call's name, a printed line, a byte count. */
        String text();
    }

    /** A stretch of time from {@code from} to {@code to} (axis positions); {@code end} is the event that ended it, or -1. */
    public record Span(int index, int end, double from, double to, Look look, String text) implements Shape {}

    /** Something at one moment. */
    public record Mark(int index, double x, Look look, String text) implements Shape {}

    /** An amount at one moment: {@code height} 0 to 1 of the row. */
    public record Bar(int index, double x, double height, Look look, String text) implements Shape {}

    /** The picture of {@code reading}'s reactor side on {@code axis}; no groups for a plain Deferred run. */
    public static ReactorPicture of(Reading reading, TimeAxis axis) {
        ReactorReading reactor = reading.reactor();
        List<Group> groups = new ArrayList<>();
        Set<String> models = new TreeSet<>();
        for (ReactorReading.Model model : reactor.models()) {
            models.add(model.who());
            groups.add(model(model, axis));
        }
        for (String who : reactor.processes()) {
            if (!models.contains(who)) {
                Group group = new Builder(reading, axis, who).build();
                if (!group.rows().isEmpty()) {
                    groups.add(group);
                }
            }
        }
        return new ReactorPicture(List.copyOf(groups));
    }

    /** Every row, group by group. */
    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    /** The group of process (or model) {@code who}, or null. */
    public Group group(String who) {
        return groups.stream().filter(g -> g.who().equals(who)).findFirst().orElse(null);
    }

    private static Group model(ReactorReading.Model model, TimeAxis axis) {
        List<Row> rows = new ArrayList<>();
        for (ReactorReading.Lane lane : model.lanes()) {
            List<Shape> shapes = new ArrayList<>();
            for (ReactorReading.Span s : lane.spans()) {
                shapes.add(new Span(
                        s.index(),
                        s.endIndex(),
                        axis.x(s.from()),
                        s.until() == null ? axis.width() : axis.x(s.until()),
                        look(s.activity()),
                        s.activity() == SegmentKind.IDLE ? "idle" : s.task()));
            }
            rows.add(new Row("lane " + lane.name(), List.copyOf(shapes)));
        }
        ReactorReading.Totals totals = model.totals();
        String summary = totals == null
                ? null
                : "all done at t=" + totals.total() + " · CPU busy " + totals.cpu() + " s · idle " + totals.idle()
                        + " s";
        return new Group(
                model.who() + " model", model.who(), List.copyOf(rows), summary, totals == null ? -1 : totals.index());
    }

    private static Look look(SegmentKind activity) {
        return switch (activity) {
            case CPU -> Look.CPU;
            case WAIT -> Look.WAIT;
            case READY -> Look.READY;
            case IDLE -> Look.IDLE;
        };
    }

    /** One process's group. */
    private static final class Builder {
        private final Reading reading;
        private final ReactorReading reactor;
        private final TimeAxis axis;
        private final String who;
        private final List<Row> rows = new ArrayList<>();

        Builder(Reading reading, TimeAxis axis, String who) {
            this.reading = reading;
            this.reactor = reading.reactor();
            this.axis = axis;
            this.who = who;
        }

        Group build() {
            servers();
            reactorRow();
            timers();
            threadRow();
            callsAndPrints();
            connections();
            endings();
            return new Group(who, who, List.copyOf(rows), null, -1);
        }

        private void add(String title, List<Shape> shapes) {
            if (!shapes.isEmpty()) {
                rows.add(new Row(title, List.copyOf(shapes)));
            }
        }

        private void servers() {
            for (ReactorReading.Server server : reactor.servers()) {
                if (!server.who().equals(who)) {
                    continue;
                }
                List<Shape> shapes = new ArrayList<>();
                shapes.add(new Mark(server.index(), axis.eventX(server.index()), Look.CONNECT, "listen"));
                int most = server.sends().stream()
                        .mapToInt(ReactorReading.Send::bytes)
                        .max()
                        .orElse(1);
                server.accepts()
                        .forEach(a -> shapes.add(
                                new Mark(a.index(), axis.eventX(a.index()), Look.CONNECT, "accept " + a.connection())));
                server.sends()
                        .forEach(s -> shapes.add(new Bar(
                                s.index(),
                                axis.eventX(s.index()),
                                s.bytes() / (double) Math.max(1, most),
                                Look.SEND,
                                String.valueOf(s.bytes()))));
                server.closes()
                        .forEach(c -> shapes.add(
                                new Mark(c.index(), axis.eventX(c.index()), Look.CLOSE, "close " + c.connection())));
                if (server.stoppedIndex() >= 0) {
                    shapes.add(new Mark(
                            server.stoppedIndex(), axis.eventX(server.stoppedIndex()), Look.CLOSE, "stopListening"));
                }
                add(server.summary(), shapes);
            }
        }

        private void reactorRow() {
            List<Shape> shapes = new ArrayList<>();
            List<ReactorReading.PhaseChange> changes = reactor.phaseChanges().stream()
                    .filter(c -> c.who().equals(who))
                    .toList();
            for (int k = 0; k < changes.size(); k++) {
                ReactorReading.PhaseChange c = changes.get(k);
                ReactorReading.PhaseChange next = k + 1 < changes.size() ? changes.get(k + 1) : null;
                boolean running = c.phase() == ReactorPhase.RUNNING || c.phase() == ReactorPhase.STOPPING;
                shapes.add(new Span(
                        c.index(),
                        next == null ? -1 : next.index(),
                        axis.eventX(c.index()),
                        next == null ? axis.width() : axis.eventX(next.index()),
                        running ? Look.RUNNING : Look.STOPPED,
                        reading.label(c.index())));
            }
            reactor.triggers().stream()
                    .filter(t -> t.who().equals(who))
                    .forEach(t -> shapes.add(
                            new Mark(t.index(), axis.eventX(t.index()), Look.TRIGGER, reading.label(t.index()))));
            reactor.wakes().stream()
                    .filter(w -> w.who().equals(who))
                    .forEach(w -> shapes.add(new Mark(
                            w.index(),
                            axis.eventX(w.index()),
                            Look.WAKE,
                            w.ready().isEmpty() ? "timer due" : String.join(" ", w.ready()))));
            reactor.problems().stream()
                    .filter(p -> p.who().equals(who) && p.during() != null)
                    .forEach(p -> shapes.add(new Mark(p.index(), axis.eventX(p.index()), Look.ERROR, p.error())));
            add("reactor", shapes);
        }

        private void timers() {
            Map<String, List<ReactorReading.Timer>> byCall = new LinkedHashMap<>();
            reactor.timers().stream()
                    .filter(t -> t.who().equals(who))
                    .forEach(t -> byCall.computeIfAbsent(t.call(), c -> new ArrayList<>())
                            .add(t));
            byCall.forEach((call, timers) -> {
                List<Shape> shapes = new ArrayList<>();
                for (ReactorReading.Timer t : timers) {
                    double due = axis.x(t.due());
                    shapes.add(new Span(
                            t.index(),
                            t.ranIndex() >= 0 ? t.ranIndex() : t.cancelledIndex(),
                            axis.eventX(t.index()),
                            Math.max(axis.eventX(t.index()), due),
                            Look.SCHEDULED,
                            "#" + t.id()));
                    shapes.add(new Mark(t.index(), due, Look.DUE, "due t=" + t.due()));
                    if (t.ranIndex() >= 0) {
                        if (t.late().compareTo(Time.ZERO) > 0) {
                            shapes.add(new Span(
                                    t.index(),
                                    t.ranIndex(),
                                    due,
                                    axis.eventX(t.ranIndex()),
                                    Look.LATE,
                                    t.late() + " s late"));
                        }
                        shapes.add(new Mark(
                                t.ranIndex(), axis.eventX(t.ranIndex()), Look.RAN, reading.label(t.ranIndex())));
                    }
                    if (t.cancelledIndex() >= 0) {
                        shapes.add(new Mark(
                                t.cancelledIndex(),
                                axis.eventX(t.cancelledIndex()),
                                Look.CANCELLED,
                                reading.label(t.cancelledIndex())));
                    }
                }
                add("timed call " + call, shapes);
            });
        }

        /** Its thread: held (sleep, CPU work, blocking read), or free and waiting in select while its reactor runs. */
        private void threadRow() {
            List<Shape> shapes = new ArrayList<>();
            List<ReactorReading.Span> blocks = reactor.threads().stream()
                    .filter(t -> t.who().equals(who))
                    .flatMap(t -> t.blocks().stream())
                    .toList();
            for (ReactorReading.Span b : blocks) {
                shapes.add(new Span(
                        b.index(),
                        b.endIndex(),
                        axis.x(b.from()),
                        b.until() == null ? axis.width() : axis.x(b.until()),
                        Look.HELD,
                        b.what()));
            }
            selects(blocks, shapes);
            add("thread", shapes);
        }

        private void selects(List<ReactorReading.Span> blocks, List<Shape> shapes) {
            List<ReactorReading.PhaseChange> changes = reactor.phaseChanges().stream()
                    .filter(c -> c.who().equals(who))
                    .toList();
            if (changes.isEmpty()) {
                return;
            }
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < reading.size(); i++) {
                if (reactor.who(i).filter(who::equals).isPresent()) {
                    mine.add(i);
                }
            }
            for (int k = 0; k + 1 < mine.size(); k++) {
                int a = mine.get(k);
                int b = mine.get(k + 1);
                Time ta = reading.time(a);
                Time tb = reading.time(b);
                if (!ta.isBefore(tb) || !runningAt(changes, a) || heldBetween(blocks, ta, tb)) {
                    continue;
                }
                shapes.add(new Span(a, b, axis.x(ta), axis.x(tb), Look.SELECT, "select"));
            }
            ReactorReading.PhaseChange last = changes.get(changes.size() - 1);
            if (last.phase() == ReactorPhase.IDLE_FOREVER) {
                shapes.add(new Span(
                        last.index(), -1, axis.eventX(last.index()), axis.width(), Look.SELECT, "select, for ever"));
            }
        }

        private static boolean runningAt(List<ReactorReading.PhaseChange> changes, int index) {
            ReactorPhase phase = null;
            for (ReactorReading.PhaseChange c : changes) {
                if (c.index() <= index) {
                    phase = c.phase();
                }
            }
            return phase == ReactorPhase.RUNNING;
        }

        private static boolean heldBetween(List<ReactorReading.Span> blocks, Time from, Time until) {
            for (ReactorReading.Span b : blocks) {
                Time end = b.until() == null ? until : b.until();
                if (b.from().isBefore(until) && from.isBefore(end)) {
                    return true;
                }
            }
            return false;
        }

        private void callsAndPrints() {
            add(
                    "calls",
                    reactor.calls().stream()
                            .filter(c -> c.who().equals(who))
                            .map(c -> (Shape) new Mark(c.index(), axis.eventX(c.index()), Look.CALL, c.function()))
                            .collect(Collectors.toList()));
            add(
                    "prints",
                    reactor.printLines().stream()
                            .filter(p -> p.who().equals(who))
                            .map(p -> (Shape) new Mark(p.index(), axis.eventX(p.index()), Look.PRINT, p.text()))
                            .collect(Collectors.toList()));
        }

        private void connections() {
            for (ReactorReading.Client client : reactor.clients()) {
                if (!client.who().equals(who)) {
                    continue;
                }
                for (ReactorReading.Connection c : client.connections()) {
                    List<Shape> shapes = new ArrayList<>();
                    if (c.refused()) {
                        shapes.add(new Mark(c.index(), axis.eventX(c.index()), Look.REFUSED, "refused"));
                        add("port " + c.port() + " refused", shapes);
                        continue;
                    }
                    shapes.add(new Span(
                            c.index(),
                            c.closedIndex(),
                            axis.eventX(c.index()),
                            c.closedIndex() < 0 ? axis.width() : axis.eventX(c.closedIndex()),
                            Look.CONNECTION,
                            ""));
                    shapes.add(new Mark(c.index(), axis.eventX(c.index()), Look.CONNECT, "connect"));
                    int most = c.reads().stream()
                            .mapToInt(ReactorReading.Read::bytes)
                            .max()
                            .orElse(1);
                    for (ReactorReading.Read read : c.reads()) {
                        shapes.add(new Bar(
                                read.index(),
                                axis.eventX(read.index()),
                                read.bytes() / (double) Math.max(1, most),
                                Look.READ,
                                String.valueOf(read.bytes())));
                    }
                    if (c.closedIndex() >= 0) {
                        shapes.add(new Mark(
                                c.closedIndex(),
                                axis.eventX(c.closedIndex()),
                                Look.CLOSE,
                                reading.label(c.closedIndex())));
                    }
                    add("connection " + c.name() + " to port " + c.port(), shapes);
                }
            }
        }

        private void endings() {
            List<Shape> shapes = new ArrayList<>();
            reactor.endings().stream()
                    .filter(e -> e.who().equals(who))
                    .forEach(e -> shapes.add(new Mark(
                            e.index(),
                            axis.eventX(e.index()),
                            e.phase() == ReactorReading.ProcessPhase.CRASHED ? Look.ERROR : Look.EXIT,
                            reading.label(e.index()))));
            if (shapes.isEmpty()) {
                return;
            }
            if (rows.isEmpty()) {
                add("program", shapes);
                return;
            }
            Row first = rows.get(0);
            List<Shape> merged = new ArrayList<>(first.shapes());
            merged.addAll(shapes);
            rows.set(0, new Row(first.title(), List.copyOf(merged)));
        }
    }
}

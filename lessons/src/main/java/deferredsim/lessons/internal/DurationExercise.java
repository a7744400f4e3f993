package deferredsim.lessons.internal;

import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predict a length of time the run measures, on the first line a {@link TracePattern} picks: on a
 * {@code finished} line (an execution model of Part 1), its {@code total} time, its {@code cpu}
 * time or its {@code idle} time; on a {@code timer} line, how {@code late} the timed call ran. The
 * durations come from the {@link ReactorReading}: the model whose totals that line gives, or the
 * timed call that line runs.
 */
final class DurationExercise extends PredictionExercise {
    /** The measures each kind of line has. */
    static final Map<String, List<String>> MEASURES =
            Map.of("finished", List.of("total", "cpu", "idle"), "timer", List.of("late"));

    private final TracePattern pattern;
    private final String measure;

    DurationExercise(ExerciseData data, TracePattern pattern, String measure) {
        super(data);
        this.pattern = pattern;
        this.measure = measure;
    }

    @Override
    List<String> unknownNames() {
        List<String> unknown = new ArrayList<>(pattern.unknownNames(reading()));
        if (unknown.isEmpty() && pattern.find(reading()) < 0) {
            unknown.add("the run has no line to measure (" + pattern.describe() + ")");
        }
        return unknown;
    }

    @Override
    Optional<String> read(String answer) {
        return TimeExercise.seconds(answer).map(Time::toString);
    }

    private int measured() {
        return pattern.find(reading());
    }

    /** The execution model whose totals the measured line gives, if it is a {@code finished} line. */
    private Optional<ReactorReading.Model> model() {
        int at = measured();
        return reading().reactor().models().stream()
                .filter(m -> m.totals() != null && m.totals().index() == at)
                .findFirst();
    }

    /** The timed call the measured line runs, if it is a {@code timer} line. */
    private Optional<ReactorReading.Timer> timer() {
        int at = measured();
        return reading().reactor().timers().stream()
                .filter(t -> t.ranIndex() == at)
                .findFirst();
    }

    private Time value() {
        Optional<ReactorReading.Model> model = model();
        if (model.isPresent()) {
            ReactorReading.Totals totals = model.get().totals();
            return switch (measure) {
                case "cpu" -> totals.cpu();
                case "idle" -> totals.idle();
                default -> totals.total();
            };
        }
        return timer().orElseThrow().late();
    }

    @Override
    String engineAnswer() {
        return value().toString();
    }

    @Override
    String fact() {
        Optional<ReactorReading.Model> model = model();
        if (model.isPresent()) {
            ReactorReading.Totals totals = model.get().totals();
            List<String> idle = idleSpans(model.get()).stream()
                    .map(span -> "from " + span.from() + " to " + span.until())
                    .toList();
            return "the " + Md.code(model.get().who()) + " model takes " + totals.total()
                    + " s in all, with the CPU busy for " + totals.cpu() + " s and idle for " + totals.idle() + " s"
                    + (idle.isEmpty() ? "" : " (idle " + String.join(", ", idle) + ")");
        }
        ReactorReading.Timer timer = timer().orElseThrow();
        return "timed call " + Md.code(timer.call()) + " is due at t=" + timer.due() + " and runs at t=" + timer.ran()
                + (timer.late().equals(Time.ZERO) ? ", on time" : ", " + timer.late() + " s late");
    }

    private static List<ReactorReading.Span> idleSpans(ReactorReading.Model model) {
        List<ReactorReading.Span> idle = new ArrayList<>();
        for (ReactorReading.Lane lane : model.lanes()) {
            for (ReactorReading.Span span : lane.spans()) {
                if (span.activity() == SegmentKind.IDLE) {
                    idle.add(span);
                }
            }
        }
        idle.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return idle;
    }

    @Override
    int keyEvent() {
        return measured();
    }

    /**
     * Too short a total: where the model stood at the believed end; too short an idle time: the
     * first idle stretch; too small a delay: where the reactor's process stood when the believed
     * delay was over. Otherwise the measured line.
     */
    @Override
    int divergence(String wrong) {
        Time believed = Time.ofSeconds(new BigDecimal(wrong));
        boolean tooShort = believed.isBefore(value());
        Optional<ReactorReading.Model> model = model();
        if (model.isPresent() && tooShort) {
            List<ReactorReading.Span> idle = idleSpans(model.get());
            if (measure.equals("total")) {
                return Moments.lastOf(reading(), model.get().who(), believed);
            }
            if (measure.equals("idle") && !idle.isEmpty()) {
                return idle.get(0).index();
            }
        }
        if (model.isEmpty() && tooShort) {
            ReactorReading.Timer timer = timer().orElseThrow();
            return Moments.lastOf(reading(), timer.who(), timer.due().plus(believed));
        }
        return measured();
    }

    @Override
    String remarkOn(String wrong) {
        Time believed = Time.ofSeconds(new BigDecimal(wrong));
        Optional<ReactorReading.Timer> timer = model().isEmpty() ? timer() : Optional.empty();
        if (timer.isPresent() && believed.isBefore(timer.get().late())) {
            return "At t=" + timer.get().due().plus(believed) + " the reactor cannot run it yet.";
        }
        return "";
    }

    @Override
    public String toString() {
        return super.toString() + " measuring " + measure + " of " + pattern.describe();
    }
}

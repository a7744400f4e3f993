package deferredsim.lessons.internal;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.SegmentKind;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predict a length of time the run measures, read from the first line a {@link TracePattern}
 * picks: on a {@code finished} line (an execution model of Part 1), its {@code total} time, its
 * {@code cpu} time or its {@code idle} time; on a {@code timer} line, how {@code late} the timed
 * call ran.
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
        List<String> unknown = new ArrayList<>(pattern.unknownNames(recording()));
        if (unknown.isEmpty() && pattern.find(recording()) < 0) {
            unknown.add("the run has no line to measure (" + pattern.describe() + ")");
        }
        return unknown;
    }

    @Override
    Optional<String> read(String answer) {
        return TimeExercise.seconds(answer).map(Time::toString);
    }

    private SimEvent measured() {
        return recording().get(pattern.find(recording()));
    }

    private Time value() {
        SimEvent event = measured();
        if (event instanceof ExecutionEvents.ModelFinished finished) {
            switch (measure) {
                case "cpu":
                    return finished.cpu();
                case "idle":
                    return finished.idle();
                default:
                    return finished.time();
            }
        }
        return ((ReactorEvents.TimerRan) event).late();
    }

    @Override
    String engineAnswer() {
        return value().toString();
    }

    @Override
    String whatHappened() {
        SimEvent event = measured();
        if (event instanceof ExecutionEvents.ModelFinished finished) {
            List<String> idle = idleSpans(finished.who());
            return "the " + EventWords.code(finished.who()) + " model took " + finished.time()
                    + " s in all, with the CPU busy for "
                    + finished.cpu() + " s and idle for " + finished.idle() + " s"
                    + (idle.isEmpty() ? "" : " (idle " + String.join(", ", idle) + ")");
        }
        ReactorEvents.TimerRan ran = (ReactorEvents.TimerRan) event;
        return "timed call " + EventWords.code(ran.call()) + " was due at t=" + ran.due() + " and ran at t="
                + ran.time() + (ran.late().equals(Time.ZERO) ? ", on time" : ", " + ran.late() + " s late");
    }

    /** The idle stretches of a model, "from 3 to 4". */
    private List<String> idleSpans(String who) {
        List<String> spans = new ArrayList<>();
        for (SimEvent event : recording().events()) {
            if (event instanceof ExecutionEvents.Segment segment
                    && segment.who().equals(who)
                    && segment.activity() == SegmentKind.IDLE) {
                spans.add("from " + segment.time() + " to " + segment.end());
            }
        }
        return spans;
    }

    @Override
    int divergence(String wrong) {
        int at = pattern.find(recording());
        SimEvent event = recording().get(at);
        Time believed = Time.ofSeconds(new java.math.BigDecimal(wrong));
        boolean tooShort = believed.isBefore(value());
        if (event instanceof ExecutionEvents.ModelFinished finished) {
            if (measure.equals("total") && tooShort) {
                return Recordings.lastOfAtOrBefore(recording(), finished.who(), believed);
            }
            if (measure.equals("idle") && tooShort) {
                for (int i = 0; i < at; i++) {
                    if (recording().get(i) instanceof ExecutionEvents.Segment segment
                            && segment.who().equals(finished.who())
                            && segment.activity() == SegmentKind.IDLE) {
                        return i;
                    }
                }
            }
            return at;
        }
        ReactorEvents.TimerRan ran = (ReactorEvents.TimerRan) event;
        return tooShort
                ? Recordings.lastOfAtOrBefore(recording(), ran.who(), ran.due().plus(believed))
                : at;
    }

    @Override
    String remarkOn(String wrong) {
        SimEvent event = measured();
        Time believed = Time.ofSeconds(new java.math.BigDecimal(wrong));
        if (event instanceof ReactorEvents.TimerRan ran && believed.isBefore(ran.late())) {
            int then = Recordings.lastOfAtOrBefore(
                    recording(), ran.who(), ran.due().plus(believed));
            return "At t=" + ran.due().plus(believed)
                    + " the reactor could not run it yet; the last thing before then: "
                    + EventWords.describe(recording().get(then)) + ".";
        }
        return "";
    }

    @Override
    public String toString() {
        return super.toString() + " measuring " + measure + " of " + pattern.describe();
    }
}

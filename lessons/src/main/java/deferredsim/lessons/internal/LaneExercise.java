package deferredsim.lessons.internal;

import deferredsim.core.recording.SimEvent;
import java.util.List;
import java.util.Optional;

/** Predict which lane (callback or errback) stage N of a deferred runs in, or that it never runs. */
final class LaneExercise extends PredictionExercise {
    private static final List<String> FILLER = List.of("the", "lane", "side", "line", "it", "runs", "in", "its", "on");
    private final String deferred;
    private final int stage;

    LaneExercise(ExerciseData data, String deferred, int stage) {
        super(data);
        this.deferred = deferred;
        this.stage = stage;
    }

    @Override
    List<String> unknownNames() {
        return unknownDeferred(deferred);
    }

    @Override
    Optional<String> read(String answer) {
        String word = "";
        for (String part : lower(answer).split("[\\s.,!]+")) {
            if (!part.isEmpty() && !FILLER.contains(part)) {
                if (!word.isEmpty()) {
                    return Optional.empty();
                }
                word = part;
            }
        }
        switch (word) {
            case "callback":
            case "callbacks":
            case "cb":
            case "c":
                return Optional.of("callback");
            case "errback":
            case "errbacks":
            case "eb":
            case "e":
                return Optional.of("errback");
            case "none":
            case "neither":
            case "never":
            case "-":
                return Optional.of("none");
            default:
                return Optional.empty();
        }
    }

    private int stageIndex() {
        for (int i = 0; i < recording().size(); i++) {
            SimEvent event = recording().get(i);
            if (event instanceof SimEvent.StageRan
                    && ((SimEvent.StageRan) event).deferred().equals(deferred)
                    && ((SimEvent.StageRan) event).stage() == stage) {
                return i;
            }
        }
        return -1;
    }

    @Override
    String engineAnswer() {
        int at = stageIndex();
        return at < 0
                ? "none"
                : ((SimEvent.StageRan) recording().get(at)).side().word();
    }

    @Override
    String whatHappened() {
        int at = stageIndex();
        if (at < 0) {
            return "stage " + stage + " of " + EventWords.code(deferred) + " never ran: "
                    + EventWords.outcome(Outcomes.outcome(recording(), deferred));
        }
        SimEvent.StageRan ran = (SimEvent.StageRan) recording().get(at);
        String source = inputSource(at);
        return EventWords.what(ran) + (source.isEmpty() ? "" : "; that input came from the step before: " + source);
    }

    /** What produced the input of the stage at {@code at}: the previous change of the deferred's result. */
    private String inputSource(int at) {
        ValueTrail.Step before = null;
        for (ValueTrail.Step step : ValueTrail.of(recording(), deferred).steps()) {
            if (step.index() >= 0
                    && step.index() < at
                    && !(recording().get(step.index()) instanceof SimEvent.Settled)
                    && !(recording().get(step.index()) instanceof SimEvent.Created)) {
                before = step;
            }
        }
        return before == null ? "" : EventWords.describe(recording().get(before.index()));
    }

    @Override
    int divergence(String wrong) {
        int at = stageIndex();
        if (at >= 0) {
            return at;
        }
        int outcome = Outcomes.outcomeIndex(recording(), deferred);
        for (int i = outcome - 1; i >= 0; i--) {
            if (concerns(recording().get(i))) {
                return i;
            }
        }
        return outcome;
    }

    private boolean concerns(SimEvent event) {
        if (event instanceof SimEvent.WaitingOn) {
            return ((SimEvent.WaitingOn) event).deferred().equals(deferred);
        } else if (event instanceof SimEvent.StageRan) {
            return ((SimEvent.StageRan) event).deferred().equals(deferred);
        } else if (event instanceof SimEvent.Paused) {
            return ((SimEvent.Paused) event).deferred().equals(deferred);
        } else if (event instanceof SimEvent.Created) {
            return ((SimEvent.Created) event).deferred().equals(deferred);
        }
        return false;
    }
}

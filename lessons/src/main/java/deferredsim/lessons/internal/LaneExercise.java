package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
        return switch (word) {
            case "callback", "callbacks", "cb", "c" -> Optional.of("callback");
            case "errback", "errbacks", "eb", "e" -> Optional.of("errback");
            case "none", "neither", "never", "-" -> Optional.of("none");
            default -> Optional.empty();
        };
    }

    /** The run of the stage asked about, if it ran. */
    private Optional<Beat.StageRan> run() {
        return reading().beats(deferred).stream()
                .filter(beat -> beat instanceof Beat.StageRan ran && ran.run().stage() == stage)
                .map(Beat.StageRan.class::cast)
                .findFirst();
    }

    @Override
    String engineAnswer() {
        return run().map(ran -> ran.run().side().word()).orElse("none");
    }

    @Override
    String fact() {
        String which = "stage " + stage + " of " + Md.code(deferred);
        return run().map(ran -> which + " runs its " + ran.run().side().word() + ": its input "
                        + Md.code(ran.run().in().render()) + (ran.run().in().isFailure() ? " is" : " is not")
                        + " a failure")
                .orElseGet(() -> which + " never runs: " + Outcomes.ends(reading(), deferred));
    }

    /** The stage's run; if it never ran, where the chain last stopped short of it, or the deferred's end. */
    @Override
    int keyEvent() {
        Optional<Beat.StageRan> ran = run();
        if (ran.isPresent()) {
            return ran.get().index();
        }
        List<Beat> beats = reading().beats(deferred);
        for (int i = beats.size() - 1; i >= 0; i--) {
            if (beats.get(i) instanceof Beat.PassEnded stopped && stopped.result() == null) {
                return stopped.index();
            }
        }
        return beats.get(beats.size() - 1).index();
    }

    @Override
    int divergence(String wrong) {
        return keyEvent();
    }

    @Override
    Story story(int index) {
        OptionalInt input = Causes.inputOf(reading(), index);
        return input.isPresent() ? new Story("Its input came from:", List.of(input.getAsInt())) : Story.NONE;
    }
}

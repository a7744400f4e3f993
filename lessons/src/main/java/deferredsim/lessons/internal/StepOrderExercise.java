package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Put in order what happens to one deferred, read from the {@link deferredsim.core.reading.Reading}:
 * {@code fire}, {@code add N} (a pair added after it was made), {@code run N}, {@code wait},
 * {@code take}, {@code pause}, {@code unpause}, {@code cancel}, {@code resume}. It asks what a time
 * cannot: whether a callback runs at once, inside the {@code addCallback} call that adds it
 * ({@code add 0, run 0, add 1, run 1}), or after every add, in a later turn of the reactor at the
 * same instant ({@code add 0, add 1, run 0, run 1}). The engine's order is the run's, so the answer
 * is computed, never stored alone.
 *
 * <p>Answers list the steps separated by commas, semicolons, arrows or line breaks; case and the
 * word {@code stage} do not matter ({@code Run stage 0} is {@code run 0}). A wrong order steps to
 * the first step where the run and the answer part.
 */
final class StepOrderExercise extends PredictionExercise {
    private final String deferred;

    private record Entry(int index, String name) {}

    StepOrderExercise(ExerciseData data, String deferred) {
        super(data);
        this.deferred = deferred;
    }

    @Override
    public String answerFormat() {
        return "the steps in the order they happen, separated by commas (e.g. fire, add 0, run 0)";
    }

    @Override
    List<String> unknownNames() {
        List<String> unknown = unknownDeferred(deferred);
        if (unknown.isEmpty() && entries().isEmpty()) {
            return List.of("nothing happens to " + deferred + " to put in order");
        }
        return unknown;
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Beat beat : reading().beats(deferred)) {
            String name = switch (beat) {
                case Beat.Fired fired -> "fire";
                case Beat.PairAdded added -> added.atCreation() ? null : "add " + added.stage();
                case Beat.StageRan ran -> "run " + ran.run().stage();
                case Beat.Waits waits -> "wait";
                case Beat.Takes takes -> "take";
                case Beat.Paused paused -> "pause";
                case Beat.Unpaused unpaused -> "unpause";
                case Beat.CancelCalled cancel -> "cancel";
                case Beat.Resumed resumed -> "resume";
                default -> null;
            };
            if (name != null) {
                entries.add(new Entry(beat.index(), name));
            }
        }
        return entries;
    }

    @Override
    Optional<String> read(String answer) {
        List<String> steps = new ArrayList<>();
        for (String item : Arrays.asList(answer.strip().split("\\s*(?:,|;|\\n|->|→|=>)\\s*"))) {
            String step = lower(item)
                    .replaceAll("\\bstage\\b", " ")
                    .replaceAll("([a-z])([0-9])", "$1 $2")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (step.isEmpty()) {
                continue;
            }
            if (!step.matches("(fire|wait|take|pause|unpause|cancel|resume|(add|run) [0-9]{1,3})")) {
                return Optional.empty();
            }
            steps.add(step);
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", steps));
    }

    @Override
    String engineAnswer() {
        return String.join("\n", entries().stream().map(Entry::name).toList());
    }

    @Override
    String engineAnswerShown() {
        return String.join(", ", entries().stream().map(Entry::name).toList());
    }

    @Override
    String fact() {
        return "for " + Md.code(deferred) + " the order is "
                + String.join(
                        ", ", entries().stream().map(e -> Md.code(e.name())).toList());
    }

    @Override
    int keyEvent() {
        return -1;
    }

    private int parting(String wrong) {
        List<String> said = List.of(wrong.split("\n"));
        List<Entry> entries = entries();
        int i = 0;
        while (i < said.size()
                && i < entries.size()
                && said.get(i).equals(entries.get(i).name())) {
            i++;
        }
        return i;
    }

    @Override
    int divergence(String wrong) {
        List<Entry> entries = entries();
        return entries.get(Math.min(parting(wrong), entries.size() - 1)).index();
    }

    @Override
    String remarkOn(String wrong) {
        List<String> said = List.of(wrong.split("\n"));
        List<Entry> entries = entries();
        int i = parting(wrong);
        if (i >= entries.size()) {
            return "After " + Md.code(entries.get(entries.size() - 1).name()) + " nothing more happens to "
                    + Md.code(deferred) + ".";
        }
        return OrderExercise.partedAt(
                i > 0 ? entries.get(i - 1).name() : null,
                i < said.size() ? said.get(i) : null,
                "more happens after that");
    }

    @Override
    public String toString() {
        return super.toString() + " ordering the steps of " + deferred;
    }
}

package deferredsim.lessons.internal;

import deferredsim.core.reading.Reading;
import deferredsim.lessons.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An exercise that asks the learner to predict one fact of the scenario's run. Subclasses say how
 * to read an answer into a canonical form, what the engine's answer is, what really happened, and
 * where a given wrong belief first meets the run; all of it comes from the scenario's {@link
 * Reading}. A verdict tells the event it points at with the Reading's own sentence for it.
 */
abstract class PredictionExercise extends BaseExercise {
    PredictionExercise(ExerciseData data) {
        super(data);
    }

    /** The answer in canonical form, or empty when it cannot be read as an answer of this kind. */
    abstract Optional<String> read(String answer);

    /** The engine's answer, canonical. */
    abstract String engineAnswer();

    /** The engine's answer as the learner should see it (may differ from the canonical form in case). */
    String engineAnswerShown() {
        return engineAnswer();
    }

    /**
     * What really happened, as a clause of Markdown read from the run: "stage 2 of `d` runs its
     * errback: its input `b*` is a failure".
     */
    abstract String fact();

    /** The event a right answer points at (its sentence is quoted with the verdict), or -1 for none. */
    abstract int keyEvent();

    /** The index of the event where believing {@code wrong} (canonical) first fails. */
    abstract int divergence(String wrong);

    /** Extra words for a particular wrong answer, from the run (empty when none apply). */
    String remarkOn(String wrong) {
        return "";
    }

    /**
     * What led to the event at {@code index} (the key event or the divergence), told after it:
     * empty by default.
     */
    Story story(int index) {
        return Story.NONE;
    }

    /** A heading and the events told under it, in order. */
    record Story(String heading, List<Integer> events) {
        static final Story NONE = new Story("", List.of());

        Story {
            events = List.copyOf(events);
        }
    }

    /**
     * Names the exercise uses that the scenario's run does not have (a deferred, a process), one
     * sentence each. {@link #verifyStoredAnswer()} reports them before anything else, because the
     * other methods may assume every name exists.
     */
    List<String> unknownNames() {
        return List.of();
    }

    /** For exercises about one deferred: a problem when the run has no deferred called {@code deferred}. */
    final List<String> unknownDeferred(String deferred) {
        return Outcomes.has(reading(), deferred) ? List.of() : List.of("the run has no deferred called " + deferred);
    }

    /** The scenario's run, read. */
    final Reading reading() {
        return data.scenario().reading();
    }

    @Override
    public final Verdict check(String answer) {
        String raw = answer == null ? "" : answer.strip();
        Optional<String> read = read(choiceNamed(raw).orElse(raw));
        if (raw.isEmpty() || read.isEmpty()) {
            return Verdict.unreadable("Write " + answerFormat() + ".", engineAnswerShown(), reading());
        }
        String expected = engineAnswer();
        if (read.get().equals(expected)) {
            int key = keyEvent();
            Story story = key < 0 ? Story.NONE : story(key);
            String why = new Telling(reading())
                    .paragraph("Right: " + fact() + ".")
                    .event("", key)
                    .events(story.heading(), story.events())
                    .paragraph(explanation())
                    .toString();
            return Verdict.correct(why, engineAnswerShown(), reading());
        }
        Optional<String> chosen = choiceNamed(raw);
        String said =
                chosen.isPresent() ? "You chose " + raw + ", " + Md.code(chosen.get()) : "You said " + Md.code(raw);
        String remark = remarkOn(read.get());
        int divergence = divergence(read.get());
        Story story = story(divergence);
        String why = new Telling(reading())
                .paragraph("Not quite. " + said + ", but " + fact() + "." + (remark.isEmpty() ? "" : " " + remark))
                .event("Where the run and your prediction part:", divergence)
                .events(story.heading(), story.events())
                .paragraph(feedbackFor(read.get()))
                .paragraph(explanation())
                .toString();
        String firstTry = new Telling(reading())
                .paragraph("Not quite. " + said + "." + (remark.isEmpty() ? "" : " " + remark))
                .paragraph(feedbackFor(read.get()))
                .toString();
        return Verdict.incorrect(why, firstTry, engineAnswerShown(), reading(), divergence);
    }

    @Override
    public final String reveal() {
        int key = keyEvent();
        Story story = key < 0 ? Story.NONE : story(key);
        return new Telling(reading())
                .paragraph("The answer: " + Md.code(engineAnswerShown()) + ". " + capitalised(fact()) + ".")
                .event("", key)
                .events(story.heading(), story.events())
                .paragraph(explanation())
                .toString();
    }

    private static String capitalised(String clause) {
        return clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    private String feedbackFor(String canonical) {
        for (Map.Entry<String, String> entry : data.feedback().entrySet()) {
            if (read(choiceNamed(entry.getKey()).orElse(entry.getKey()))
                    .filter(canonical::equals)
                    .isPresent()) {
                return entry.getValue();
            }
        }
        return "";
    }

    @Override
    public final Optional<String> verifyStoredAnswer() {
        List<String> unknown = unknownNames();
        if (!unknown.isEmpty()) {
            return Optional.of(String.join("; ", unknown));
        }
        List<String> problems = new ArrayList<>();
        String expected = engineAnswer();
        Optional<String> stored = read(storedAnswer());
        if (stored.isEmpty()) {
            problems.add("the stored answer '" + storedAnswer() + "' is not a " + kind().word() + " answer");
        } else if (!stored.get().equals(expected)) {
            problems.add(
                    "the stored answer is '" + storedAnswer() + "' but the engine says '" + engineAnswerShown() + "'");
        }
        checkChoices(expected, problems);
        for (String wrong : data.feedback().keySet()) {
            Optional<String> read = read(choiceNamed(wrong).orElse(wrong));
            if (read.isEmpty()) {
                problems.add("feedback for '" + wrong + "', which is not a " + kind().word() + " answer");
            } else if (read.get().equals(expected)) {
                problems.add("feedback for '" + wrong + "', which is the right answer");
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private void checkChoices(String expected, List<String> problems) {
        if (choices().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean found = false;
        for (int i = 0; i < choices().size(); i++) {
            String choice = choices().get(i);
            Optional<String> read = read(choice);
            if (read.isEmpty()) {
                problems.add("choice " + (i + 1) + " '" + choice + "' is not a " + kind().word() + " answer");
                continue;
            }
            if (!seen.add(read.get())) {
                problems.add("choice " + (i + 1) + " '" + choice + "' repeats an earlier choice");
            }
            found |= read.get().equals(expected);
            Optional<String> asNumber = choiceNamed(choice);
            if (asNumber.isPresent() && !asNumber.get().equals(choice)) {
                problems.add("choice " + (i + 1) + " '" + choice + "' reads as the number of choice '" + asNumber.get()
                        + "'");
            }
        }
        if (!found) {
            problems.add("no choice is the engine's answer '" + engineAnswerShown() + "'");
        }
    }

    /**
     * Reads a yes/no answer: {@code yes}, {@code y}, {@code true} or one of {@code moreYes} give
     * "yes"; {@code no}, {@code n}, {@code false} or one of {@code moreNo} give "no"; anything else
     * is unreadable. {@code word} is compared as given (callers normalise it).
     */
    static Optional<String> yesOrNo(String word, List<String> moreYes, List<String> moreNo) {
        if (word.equals("yes") || word.equals("y") || word.equals("true") || moreYes.contains(word)) {
            return Optional.of("yes");
        }
        if (word.equals("no") || word.equals("n") || word.equals("false") || moreNo.contains(word)) {
            return Optional.of("no");
        }
        return Optional.empty();
    }
}

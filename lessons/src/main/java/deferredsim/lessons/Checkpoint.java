package deferredsim.lessons;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where learners typically get confused, asked as a short question: the wrong belief,
 * the question that exposes it, and the answer in a few sentences.
 *
 * @param id unique within the lesson
 * @param misconception the belief the checkpoint targets, stated as learners hold it
 * @param question what to ask before revealing the answer
 * @param answer the answer and why, in Markdown
 * @param section the title of the lesson section it opens (asked after the heading, before the
 *     text, which may give the answer), if it belongs to one
 * @param exercise the id of an exercise in the same lesson that checks it with the engine, if any
 * @param scenario the name of a scenario in the same lesson that shows it, if any
 */
public record Checkpoint(
        String id,
        String misconception,
        String question,
        String answer,
        Optional<String> section,
        Optional<String> exercise,
        Optional<String> scenario) {
    public Checkpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(misconception, "misconception");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(scenario, "scenario");
    }
}

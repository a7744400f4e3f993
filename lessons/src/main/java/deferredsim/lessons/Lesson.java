package deferredsim.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson, numbered after the book's Part it teaches and titled like it.
 *
 * <p>Instances are immutable and come from {@link LessonCatalog}.
 *
 * @param number the Part's number, 1-19
 * @param slug the directory name, e.g. {@code 09-a-second-interlude-deferred}
 * @param title the Part's title, e.g. "A Second Interlude, Deferred"
 * @param objectives what the learner will be able to do afterwards, one sentence each
 * @param sections the text, one entry per {@code ##} heading, in order
 * @param scenarios the scenarios to run and step through, in the order to offer them
 * @param exercises the checked exercises, in order
 * @param checkpoints the places where learners typically get confused, in order
 */
public record Lesson(
        int number,
        String slug,
        String title,
        List<String> objectives,
        List<LessonSection> sections,
        List<LessonScenario> scenarios,
        List<Exercise> exercises,
        List<Checkpoint> checkpoints) {
    public Lesson {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        objectives = List.copyOf(objectives);
        sections = List.copyOf(sections);
        scenarios = List.copyOf(scenarios);
        exercises = List.copyOf(exercises);
        checkpoints = List.copyOf(checkpoints);
    }

    /** "Lesson 9: A Second Interlude, Deferred". */
    public String displayTitle() {
        return "Lesson " + number + ": " + title;
    }

    /** The whole text as one Markdown document: each section under its {@code ##} heading. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (LessonSection section : sections) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("## ")
                    .append(section.title())
                    .append("\n\n")
                    .append(section.markdown().strip())
                    .append('\n');
        }
        return out.toString();
    }

    /** The scenario called {@code name}, if the lesson has one. */
    public Optional<LessonScenario> scenario(String name) {
        return scenarios.stream()
                .filter(scenario -> scenario.name().equals(name))
                .findFirst();
    }

    /** The exercise with this {@code id} (not key), if the lesson has one. */
    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    /** The checkpoints that follow the section titled {@code sectionTitle}. */
    public List<Checkpoint> checkpointsAfter(String sectionTitle) {
        return checkpoints.stream()
                .filter(checkpoint ->
                        checkpoint.section().filter(sectionTitle::equals).isPresent())
                .toList();
    }
}

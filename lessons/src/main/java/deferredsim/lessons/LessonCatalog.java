package deferredsim.lessons;

import deferredsim.lessons.internal.LessonReader;
import deferredsim.lessons.internal.LessonSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All lessons, in order: the one loader the terminal and the window share.
 *
 * <p>The lessons are data under {@code lessons/} on the class path: an {@code index.txt} listing
 * one lesson directory per line, and in each directory {@code lesson.json} (number, title,
 * objectives, scenarios), {@code lesson.md} (the text), {@code exercises.json} (exercises and
 * checkpoints) and the scenario files. {@code docs/lessons-format.md} describes them.
 *
 * <p>Loading checks everything but the stored answers: every file is read, every scenario must
 * load (a {@link DeferredScenario}, a {@link ReactorScenario} or a {@link RecordedScenario}, as
 * its entry's {@code format} says), every exercise must name a scenario, deferred and stage that exist. Names that a reactor
 * scenario only has once it runs (its processes, the Deferreds its program makes) are checked by
 * {@link #verify()}, which also checks that the stored answers agree with the engine (the build
 * runs it); loading runs no scenario. Instances are immutable. Get one with {@link #load()}; tests
 * and authors can use {@link #load(Path)}.
 */
public final class LessonCatalog {
    private final List<Lesson> lessons;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /**
     * Loads the lessons bundled on the class path.
     *
     * @throws LessonFormatException at the first broken file, naming it and the place in it
     */
    public static LessonCatalog load() throws LessonFormatException {
        return new LessonCatalog(LessonReader.readAll(LessonSource.classpath(LessonCatalog.class.getClassLoader())));
    }

    /**
     * Loads the lessons under {@code root}, a directory laid out like the {@code lessons/} resources.
     *
     * @throws LessonFormatException at the first broken file
     */
    public static LessonCatalog load(Path root) throws LessonFormatException {
        return new LessonCatalog(LessonReader.readAll(LessonSource.directory(Objects.requireNonNull(root, "root"))));
    }

    /** The lessons in number order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** The lesson numbered {@code number}, if there is one. */
    public Optional<Lesson> lesson(int number) {
        return lessons.stream().filter(lesson -> lesson.number() == number).findFirst();
    }

    /** The exercise with this {@link Exercise#key() key}, e.g. {@code 09/criss-cross-lane}. */
    public Optional<Exercise> exercise(String key) {
        return lessons.stream()
                .flatMap(lesson -> lesson.exercises().stream())
                .filter(exercise -> exercise.key().equals(key))
                .findFirst();
    }

    /**
     * Runs every exercise's stored answer through the engine (running each scenario it needs, once),
     * and checks the names reactor exercises use against the runs.
     *
     * @return one line per problem ({@code 09/criss-cross-lane: stored answer ... but the engine
     *     says ...}); empty when every stored answer agrees with the engine
     */
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : lessons) {
            for (Exercise exercise : lesson.exercises()) {
                exercise.verifyStoredAnswer().ifPresent(problem -> problems.add(exercise.key() + ": " + problem));
            }
        }
        return problems;
    }
}

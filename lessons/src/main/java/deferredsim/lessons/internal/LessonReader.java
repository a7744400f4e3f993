package deferredsim.lessons.internal;

import deferredsim.core.io.InputException;
import deferredsim.core.program.RecordingReader;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.LessonSection;
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.RecordedScenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the lessons listed in {@code index.txt}: for each directory its {@code lesson.json},
 * {@code lesson.md}, scenario files and {@code exercises.json}, checking each as it goes.
 */
public final class LessonReader {
    /** The format of {@code lesson.json}. */
    public static final String LESSON_FORMAT = "deferred-lesson/1";
    /** The name of the file listing the lesson directories in order. */
    public static final String INDEX = "index.txt";

    private static final List<String> LESSON_KEYS = List.of("format", "number", "title", "objectives", "scenarios");
    private static final List<String> SCENARIO_KEYS = List.of("name", "file", "format", "title", "description");
    private static final List<String> FORMATS =
            List.of(DeferredScenario.FORMAT, ReactorScenario.FORMAT, RecordedScenario.FORMAT);

    private LessonReader() {}

    /**
     * Reads every lesson the index lists, in index order, which must be number order.
     *
     * @throws LessonFormatException at the first problem
     */
    public static List<Lesson> readAll(LessonSource source) throws LessonFormatException {
        List<Lesson> lessons = new ArrayList<>();
        int previous = 0;
        List<String> index = List.of(readText(source, INDEX).split("\n", -1));
        for (String directory : indexOf(source)) {
            Lesson lesson = read(source, directory);
            if (lesson.number() <= previous) {
                throw new LessonFormatException(
                        INDEX,
                        (lineOf(index, directory) + 1) + ":1: lesson " + lesson.number() + " (" + directory
                                + ") is listed after lesson " + previous + "; list them in number order, each once");
            }
            previous = lesson.number();
            lessons.add(lesson);
        }
        return lessons;
    }

    /** The lesson directories listed in the index: one per line; blank lines and lines starting with # are skipped. */
    public static List<String> indexOf(LessonSource source) throws LessonFormatException {
        List<String> directories = new ArrayList<>();
        String[] lines = readText(source, INDEX).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String entry = lines[i].strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                if (!entry.matches("[0-9]{2}-[a-z0-9-]+")) {
                    throw new LessonFormatException(
                            INDEX,
                            (i + 1) + ":" + (lines[i].indexOf(entry) + 1) + ": " + Located.show(entry)
                                    + " is not a lesson directory name like 09-a-second-interlude-deferred");
                }
                directories.add(entry);
            }
        }
        return directories;
    }

    static Lesson read(LessonSource source, String directory) throws LessonFormatException {
        String file = directory + "/lesson.json";
        Node root = Node.parse(file, readText(source, file)).object("a lesson", LESSON_KEYS);
        Node format = root.required("format");
        if (!format.string().equals(LESSON_FORMAT)) {
            throw format.error("expected \"" + LESSON_FORMAT + "\"");
        }
        Node numberAt = root.required("number");
        int number = numberAt.integer(1);
        if (number != Integer.parseInt(directory.substring(0, 2))) {
            throw numberAt.error("lesson " + number + " is in directory " + directory + "; its name must start with "
                    + String.format(java.util.Locale.ROOT, "%02d", number));
        }
        String title = root.required("title").text();
        List<String> objectives = root.required("objectives").texts();
        if (objectives.isEmpty()) {
            throw root.required("objectives").error("expected at least one objective");
        }
        List<LessonScenario> scenarios = scenarios(source, directory, root.required("scenarios"));
        List<LessonSection> sections =
                LessonText.sections(directory + "/lesson.md", readText(source, directory + "/lesson.md"));
        ExerciseReader exercises = ExerciseReader.read(source, directory, number, scenarios, sections);
        return new Lesson(
                number,
                directory,
                title,
                objectives,
                sections,
                scenarios,
                exercises.exercises(),
                exercises.checkpoints());
    }

    private static List<LessonScenario> scenarios(LessonSource source, String directory, Node list)
            throws LessonFormatException {
        List<LessonScenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node entry : list.elements()) {
            entry.object("a scenario entry", SCENARIO_KEYS);
            Node nameAt = entry.required("name");
            String name = nameAt.text();
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw nameAt.error("a scenario name is lower-case letters, digits and dashes, not \"" + name + "\"");
            }
            if (!names.add(name)) {
                throw nameAt.error("a second scenario called " + name);
            }
            Node fileAt = entry.required("file");
            String fileName = fileAt.text();
            String format = entry.optional("format").isPresent()
                    ? entry.required("format").text()
                    : DeferredScenario.FORMAT;
            if (!FORMATS.contains(format)) {
                throw entry.required("format").error("expected one of " + FORMATS + ", not " + format);
            }
            String path = directory + "/" + fileName;
            String text = readText(source, path);
            String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String declared = declaredFormat(json);
            if (!declared.equals(format)) {
                throw (entry.optional("format").isPresent() ? entry.required("format") : fileAt)
                        .error(fileName + " is not a " + format + " file; say its format in the entry (\"format\": \""
                                + declared + "\")");
            }
            String title = entry.required("title").text();
            String description = entry.required("description").text();
            try {
                scenarios.add(
                        switch (format) {
                            case ReactorScenario.FORMAT ->
                                ReactorScenario.of(
                                        name, title, description, fileName, text, ReactorScenarioReader.read(json));
                            case RecordedScenario.FORMAT ->
                                RecordedScenario.of(
                                        name, title, description, fileName, text, RecordingReader.read(json));
                            default ->
                                DeferredScenario.of(
                                        name, title, description, fileName, text, ScenarioReader.read(json));
                        });
            } catch (ScenarioException broken) {
                throw new LessonFormatException(path, broken.getMessage(), broken);
            }
        }
        if (scenarios.isEmpty()) {
            throw list.error("expected at least one scenario");
        }
        return scenarios;
    }

    /**
     * The kind of scenario file {@code json} declares: a recording, a reactor scenario, else a
     * Deferred scenario (whose reader then says what is wrong with anything else).
     */
    private static String declaredFormat(String json) {
        if (RecordingReader.declaresRecordingFormat(json)) {
            return RecordedScenario.FORMAT;
        }
        return ReactorScenarioReader.declaresReactorFormat(json) ? ReactorScenario.FORMAT : DeferredScenario.FORMAT;
    }

    static String readText(LessonSource source, String path) throws LessonFormatException {
        try {
            return source.read(path).replace("\r\n", "\n");
        } catch (InputException broken) {
            throw new LessonFormatException(
                    path,
                    broken.line() > 0
                            ? broken.line() + ":" + broken.column() + ": " + broken.problem()
                            : "cannot be read from " + source.describe() + ": " + broken.problem(),
                    broken);
        } catch (IOException broken) {
            throw new LessonFormatException(
                    path, "cannot be read from " + source.describe() + ": " + broken.getMessage(), broken);
        }
    }

    /** The index of the first line of {@code lines} that is {@code entry} once stripped, or 0. */
    private static int lineOf(List<String> lines, String entry) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(entry)) {
                return i;
            }
        }
        return 0;
    }

    /** The scenario called {@code name}, or an error at {@code at}. */
    static LessonScenario scenarioNamed(List<LessonScenario> scenarios, Node at) throws LessonFormatException {
        String name = at.text();
        Optional<LessonScenario> found =
                scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            throw at.error("no scenario called " + name + " in this lesson's lesson.json");
        }
        return found.get();
    }
}

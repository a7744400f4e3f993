package deferredsim.lessons;

/**
 * A lesson's data is broken: a file is missing or unreadable, a JSON file breaks the lesson
 * format, a scenario does not load, or an exercise names something that does not exist.
 *
 * <p>The message names the place, from the lessons root: {@code 09-a-second-interlude-deferred/
 * exercises.json: 12:7: $.exercises[2].stage: expected a whole number >= 0, not "two"}. Loading
 * stops at the first problem.
 */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    /** A problem in {@code file} (a path relative to the lessons root); {@code detail} says what and where. */
    public LessonFormatException(String file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    /** The same, keeping the exception that reported it. */
    public LessonFormatException(String file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
    }

    /** The file the problem is in, relative to the lessons root, e.g. {@code 13-deferred-all-the-way-down/lesson.json}. */
    public String file() {
        return file;
    }
}

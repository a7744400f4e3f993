package deferredsim.lessons.internal;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Name a line of the program: the line the code pane shows for the first event a selector picks,
 * or, with {@code next}, the next line the code pane moves to after that event (the line of the
 * first later event on another line). The code is the scenario's ({@link
 * deferredsim.lessons.LessonScenario#code()}): a recorded program's own source, or a Deferred
 * scenario written as Twisted code; the exercise shows its main file numbered with the prompt.
 *
 * <p>What line an event has is the recording's: for a stage that ran, the line its function
 * returned or raised on (so the answer tells which branch of it ran); for a fire, a cancel or a
 * pair added, the line that made the call, or scheduled it; Twisted's own steps take the line of
 * the call being made. Answers are line numbers of the main file ({@code 31}, {@code line 31});
 * a line of another file is written {@code path:line}.
 */
final class CodeLineExercise extends PredictionExercise {
    private static final String NOWHERE = "none";
    private static final int STORY_LIMIT = 6;

    private final Selector selector;
    private final boolean next;

    CodeLineExercise(ExerciseData data, Selector selector, boolean next) {
        super(data);
        this.selector = selector;
        this.next = next;
    }

    private CodeListing listing() {
        return data.scenario().code().orElseThrow(() -> new IllegalStateException(data.scenario() + " has no code"));
    }

    @Override
    List<String> unknownNames() {
        List<String> unknown = new ArrayList<>(selector.unknownNames(reading()));
        if (data.scenario().code().isEmpty()) {
            unknown.add("the scenario has no code to point into");
        }
        return unknown;
    }

    @Override
    public List<String> code() {
        return numbered(listing().files().get(0).lines());
    }

    @Override
    public String answerFormat() {
        return "a line number of the program from 1 to "
                + listing().files().get(0).lines().size() + ", e.g. 12";
    }

    /**
     * Reads {@code 12}, {@code line 12}, {@code l. 12}, {@code 12: return x} (a line copied with
     * its number) as line 12 of the main file, and {@code path:12} as a line of another file; a
     * number past the file's end is not an answer.
     */
    @Override
    Optional<String> read(String answer) {
        String text = answer.strip().replaceFirst("(?i)^(line|l\\.?)\\s*", "");
        java.util.regex.Matcher main =
                java.util.regex.Pattern.compile("^([0-9]{1,6})(\\s*(:.*)?)$").matcher(text);
        if (main.matches()) {
            return inFile(0, Integer.parseInt(main.group(1)));
        }
        List<deferredsim.core.code.SourceFile> files = listing().files();
        for (int f = 1; f < files.size(); f++) {
            String prefix = files.get(f).path() + ":";
            if (text.startsWith(prefix)
                    && text.substring(prefix.length()).strip().matches("[0-9]{1,6}")) {
                return inFile(
                        f, Integer.parseInt(text.substring(prefix.length()).strip()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> inFile(int file, int line) {
        if (line < 1 || line > listing().files().get(file).lines().size()) {
            return Optional.empty();
        }
        return Optional.of(canonical(new SourceLine(file, line)));
    }

    private String canonical(SourceLine line) {
        return line.file() == 0
                ? String.valueOf(line.line())
                : listing().files().get(line.file()).path() + ":" + line.line();
    }

    /** The first event the selector picks that has a line, or -1. */
    private int picked() {
        for (int index : selector.all(reading())) {
            if (listing().lineOf(index).isPresent()) {
                return index;
            }
        }
        return -1;
    }

    /** The event whose line is the answer: the picked one, or the first after it on another line; -1 for none. */
    private int answerEvent() {
        int picked = picked();
        if (picked < 0 || !next) {
            return picked;
        }
        SourceLine from = listing().lineOf(picked).orElseThrow();
        for (int i = picked + 1; i < reading().size(); i++) {
            Optional<SourceLine> line = listing().lineOf(i);
            if (line.isPresent() && !line.get().sameAs(from)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    String engineAnswer() {
        int at = answerEvent();
        return at < 0 ? NOWHERE : canonical(listing().lineOf(at).orElseThrow());
    }

    @Override
    String fact() {
        int picked = picked();
        if (picked < 0) {
            return "the recording has no line for that: " + selector.describe()
                    + " never happens on a line of the code";
        }
        SourceLine from = listing().lineOf(picked).orElseThrow();
        String start = Md.escape(selector.describe()) + ", and the recording shows it on " + shown(from);
        if (!next) {
            return start;
        }
        int at = answerEvent();
        return at < 0
                ? start + "; after it the code pane moves to no other line"
                : start + "; the next line the code pane moves to is "
                        + shown(listing().lineOf(at).orElseThrow());
    }

    /** "line 31, `return failure`", or "line 31" for a blank one. */
    private String shown(SourceLine line) {
        String text = listing().text(line);
        String where = line.file() == 0 ? "line " + line.line() : Md.code(canonical(line));
        return text.isEmpty() ? where : where + ", " + Md.code(text);
    }

    @Override
    int keyEvent() {
        int at = answerEvent();
        return at >= 0 ? at : picked();
    }

    @Override
    int divergence(String wrong) {
        int key = keyEvent();
        return key >= 0 ? key : reading().size() - 1;
    }

    /** What the recording shows on the line the learner named, if anything: the first such event after the picked one, else the first. */
    @Override
    String remarkOn(String wrong) {
        Optional<SourceLine> named = lineNamed(wrong);
        if (named.isEmpty()) {
            return "";
        }
        int picked = Math.max(0, picked());
        int first = -1;
        int after = -1;
        for (int i = 0; i < listing().size(); i++) {
            if (named.get().sameAs(listing().lineOf(i).orElse(null))) {
                first = first < 0 ? i : first;
                if (after < 0 && i > picked) {
                    after = i;
                }
            }
        }
        int told = after >= 0 ? after : first;
        String line = shown(named.get());
        if (told < 0) {
            return capitalised(line) + ": the recording has no event on that line.";
        }
        return "On " + line + ", the recording shows: " + Md.escape(reading().sentence(told));
    }

    private Optional<SourceLine> lineNamed(String canonical) {
        int colon = canonical.lastIndexOf(':');
        if (colon < 0) {
            return Optional.of(SourceLine.of(Integer.parseInt(canonical)));
        }
        String path = canonical.substring(0, colon);
        List<deferredsim.core.code.SourceFile> files = listing().files();
        for (int f = 1; f < files.size(); f++) {
            if (files.get(f).path().equals(path)) {
                return Optional.of(new SourceLine(f, Integer.parseInt(canonical.substring(colon + 1))));
            }
        }
        return Optional.empty();
    }

    private static String capitalised(String clause) {
        return clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    /** For {@code next}: what happened on the picked event's own line before the code moved on. */
    @Override
    Story story(int index) {
        int picked = picked();
        if (!next || picked < 0 || index != answerEvent()) {
            return Story.NONE;
        }
        List<Integer> between = new ArrayList<>();
        for (int i = picked; i < index && between.size() < STORY_LIMIT; i++) {
            if (listing().lineOf(i).isPresent()) {
                between.add(i);
            }
        }
        return new Story("What happens on " + shown(listing().lineOf(picked).orElseThrow()) + " first:", between);
    }

    @Override
    public String toString() {
        return super.toString() + (next ? " the line after " : " the line where ") + selector.describe();
    }
}

package deferredsim.lessons.internal;

import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.text.Inline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds questions that answer themselves: an exercise whose text (its prompt, the lines shown with
 * it, the scenario's title and description it points to, and the question of a checkpoint that
 * asks it) contains its own answer, a checkpoint whose question contains its answer, and a build
 * exercise whose prompt dictates the chain instead of stating a goal. The build runs it over every
 * lesson ({@code LessonGiveawayCheckTest}).
 *
 * <p>What counts as containing the answer depends on the kind: an order's names (three letters or
 * more) in the answer's order in one piece of text; a next line's complete JSON. The other kinds'
 * answers are words and numbers every question may need to use (a time given as a fact to reason
 * from, `yes`, `callback`), so stating them is caught by reading, not here. A build prompt
 * dictates the chain when it names every value the sample chain returns or raises besides the
 * goal's, or names as many steps (an {@code addCallback}-like call, a function name in code:
 * {@code got_poem}, {@code sendString}, {@code f()}) as the chain has pairs.
 */
public final class Giveaways {
    private static final Pattern ADD_CALL = Pattern.compile("\\badd(Callback|Errback|Both|Callbacks)\\b");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern FUNCTION = Pattern.compile("[a-z][A-Za-z0-9_]*(\\(\\))?");
    private static final Set<String> NOT_STEPS = Set.of(
            "callback",
            "errback",
            "passthru",
            "return",
            "fail",
            "defer",
            "none",
            "true",
            "false",
            "addboth",
            "addcallback",
            "adderrback",
            "addcallbacks",
            "yield",
            "raise");

    private Giveaways() {}

    /** Every giveaway in {@code lesson}, one sentence each naming the exercise or checkpoint. */
    public static List<String> in(Lesson lesson) {
        List<String> found = new ArrayList<>();
        for (Exercise exercise : lesson.exercises()) {
            List<String> texts = new ArrayList<>();
            texts.add(exercise.prompt());
            if (exercise.kind() != ExerciseKind.BUILD) {
                texts.add(String.join("\n", exercise.shownLines()));
            }
            texts.add(exercise.scenario().title());
            texts.add(exercise.scenario().description());
            for (Checkpoint checkpoint : lesson.checkpoints()) {
                if (checkpoint.exercise().filter(exercise.id()::equals).isPresent()) {
                    texts.add(checkpoint.question());
                }
            }
            for (String text : texts) {
                Optional<String> why = contains(exercise, text);
                if (why.isPresent()) {
                    found.add(exercise.key() + ": its text gives the answer away: " + why.get());
                    break;
                }
            }
        }
        for (Checkpoint checkpoint : lesson.checkpoints()) {
            String question = normal(checkpoint.question());
            String lead = normal(firstSentence(checkpoint.answer()));
            if (lead.split(" ").length >= 2 && question.contains(lead)) {
                found.add(String.format(
                        Locale.ROOT,
                        "%02d checkpoint %s: its question contains its answer '%s'",
                        lesson.number(),
                        checkpoint.id(),
                        lead));
            }
        }
        return found;
    }

    /** Why {@code text}, one piece of what the learner reads, gives {@code exercise}'s answer away, if it does. */
    static Optional<String> contains(Exercise exercise, String text) {
        String answer = exercise.storedAnswer().strip();
        switch (exercise.kind()) {
            case ORDER -> {
                List<String> names = orderNames(answer);
                if (names.size() >= 2
                        && names.stream().allMatch(n -> n.length() >= 3)
                        && inOrder(names, words(Inline.plain(text)))) {
                    return Optional.of("it lists " + String.join(", ", names) + " in the answer's order");
                }
            }
            case NEXT_LINE -> {
                if (text.replace(" ", "").contains(answer.replace(" ", ""))) {
                    return Optional.of("it shows the next line itself");
                }
            }
            case BUILD -> {
                return dictates(exercise);
            }
            case FIX_LINE, CODE_LINE -> {
                return pointsAt(answer, text);
            }
            default -> {}
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} names a fix-line exercise's line: "line 7", "7:" or "on 7", for the line
     * number the stored answer starts with; or holds the new line itself, as the stored answer
     * writes it after its colon.
     */
    private static Optional<String> pointsAt(String answer, String text) {
        String line = answer.replaceAll("^\\D*([0-9]+).*$", "$1");
        if (!line.matches("[0-9]+")) {
            return Optional.empty();
        }
        String replacement =
                answer.contains(":") ? answer.substring(answer.indexOf(':') + 1).strip() : "";
        if (replacement.length() > 4 && Inline.plain(text).replace(" ", "").contains(replacement.replace(" ", ""))) {
            return Optional.of("it writes out the new line " + replacement);
        }
        String plain = Inline.plain(text).toLowerCase(Locale.ROOT);
        if (java.util.regex.Pattern.compile("(line|lines|on|at)\\s+" + line + "\\b|\\b" + line + "\\s*:")
                .matcher(plain)
                .find()) {
            return Optional.of("it names line " + line);
        }
        return Optional.empty();
    }

    /** Whether the build prompt names every member of the sample chain. */
    private static Optional<String> dictates(Exercise exercise) {
        String prompt = exercise.prompt();
        List<String> values = new ArrayList<>();
        int pairs = 0;
        for (String pair : exercise.storedAnswer().split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            pairs++;
            String[] words = pair.replace('|', ' ').strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String keyword = words[i].toLowerCase(Locale.ROOT);
                if (!"passthru".startsWith(keyword) && i + 1 < words.length) {
                    String value = words[++i];
                    // A defer member names a deferred the scenario has: the goal may name it too.
                    if (!"defer".startsWith(keyword)) {
                        values.add(value);
                    }
                }
            }
        }
        Set<String> others = new LinkedHashSet<>(values);
        goalValue(exercise).ifPresent(others::remove);
        if (!others.isEmpty()
                && others.stream()
                        .allMatch(v -> word(v).matcher(Inline.plain(prompt)).find())) {
            return Optional.of("the build prompt names every value of the chain: " + String.join(", ", others));
        }
        List<String> steps = new ArrayList<>();
        Matcher add = ADD_CALL.matcher(prompt);
        while (add.find()) {
            steps.add(add.group());
        }
        Set<String> functions = new LinkedHashSet<>();
        for (String code : codes(prompt)) {
            String name = code.replaceAll("\\(.*\\)$", "");
            if (FUNCTION.matcher(code).matches()
                    && (name.contains("_") || !name.equals(name.toLowerCase(Locale.ROOT)) || code.endsWith("()"))
                    && !NOT_STEPS.contains(name.toLowerCase(Locale.ROOT))
                    && !values.contains(name)
                    && !ADD_CALL.matcher(name).matches()) {
                functions.add(name);
            }
        }
        steps.addAll(functions);
        if (pairs > 0 && steps.size() >= pairs) {
            return Optional.of(
                    "the build prompt names a step for each of its " + pairs + " pairs: " + String.join(", ", steps));
        }
        return Optional.empty();
    }

    private static Optional<String> goalValue(Exercise exercise) {
        Optional<String> value = Optional.empty();
        for (String line : exercise.shownLines()) {
            if (line.contains(" ends holding ")) {
                Matcher m = CODE.matcher(line);
                while (m.find()) {
                    value = Optional.of(m.group(1));
                }
            }
        }
        return value;
    }

    private static Set<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1).strip());
        }
        return codes;
    }

    private static Pattern word(String value) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])");
    }

    private static List<String> orderNames(String answer) {
        String[] parts = answer.split("\\s*(,|;|->|\\n)\\s*");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.strip().replaceAll("\\(.*\\)$", "");
            int dot = name.lastIndexOf('.');
            name = (dot >= 0 ? name.substring(dot + 1) : name).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean inOrder(List<String> names, List<String> words) {
        int from = 0;
        for (String name : names) {
            int at = words.subList(from, words.size()).indexOf(name.replaceAll("[^a-z0-9_]", ""));
            if (at < 0) {
                return false;
            }
            from += at + 1;
        }
        return true;
    }

    private static String firstSentence(String text) {
        Matcher m = Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL).matcher(text.strip());
        return m.find() ? m.group(1) : text;
    }

    private static String normal(String markdown) {
        return Inline.plain(markdown)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9*=.\\- ]", " ")
                .replaceAll("\\.(\\s|$)", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}

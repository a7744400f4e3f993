package deferredsim.lessons.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Predict the order of the lines a {@link TracePattern} picks, by their names: a {@code call}
 * line's function, a {@code print} line's text, a timed call's call, a {@code segment}'s task, a
 * {@code reactor} line's state, a {@code log} or {@code crash} line's error. Optionally only the
 * lines after the first event {@code after} picks, and only the {@code first} N names.
 *
 * <p>Names compare without case, without a trailing {@code ()} or argument list, and by their last
 * dotted part ({@code PoetryProtocol.dataReceived} is {@code dataReceived}); a name repeated in a
 * row counts once, in the run and in the answer, so {@code dataReceived} stands for three calls in
 * a row. A wrong order steps to the first line where the run and the answer part.
 */
final class OrderExercise extends PredictionExercise {
    /** The events whose lines have a name to put in order. */
    static final List<String> NAMED = List.of(
            "call",
            "print",
            "timer",
            "callLater",
            "callWhenRunning",
            "cancelTimer",
            "segment",
            "reactor",
            "log",
            "crash");

    private final TracePattern pattern;
    private final Selector after;
    private final int first;

    /** One name in the run's order: the event that gave it, as shown and as compared. */
    private record Entry(int index, String shown, String canonical) {}

    /**
     * @param after only lines after the first event it picks count; null for all
     * @param first how many names the answer lists; 0 for all
     */
    OrderExercise(ExerciseData data, TracePattern pattern, Selector after, int first) {
        super(data);
        this.pattern = pattern;
        this.after = after;
        this.first = first;
    }

    @Override
    public String answerFormat() {
        return first == 1
                ? "the one that comes first, by its name (a function, or a printed line)"
                : super.answerFormat();
    }

    @Override
    List<String> unknownNames() {
        List<String> unknown = new ArrayList<>(pattern.unknownNames(reading()));
        if (after != null) {
            unknown.addAll(after.unknownNames(reading()));
            if (unknown.isEmpty() && after.find(reading()) < 0) {
                unknown.add("the event the order starts after never happens (" + after.describe() + ")");
            }
        }
        if (unknown.isEmpty() && entries().isEmpty()) {
            unknown.add("the run has no line to put in order (" + pattern.describe() + ")");
        }
        return unknown;
    }

    private List<Entry> entries() {
        int start = after == null ? -1 : after.find(reading());
        List<Entry> entries = new ArrayList<>();
        if (after != null && start < 0) {
            return entries;
        }
        for (int i : pattern.all(reading())) {
            if (i <= start) {
                continue;
            }
            String shown = name(i);
            String canonical = canonical(shown);
            if (entries.isEmpty()
                    || !entries.get(entries.size() - 1).canonical().equals(canonical)) {
                if (first > 0 && entries.size() == first) {
                    break;
                }
                entries.add(new Entry(i, shown, canonical));
            }
        }
        return entries;
    }

    /** The name of the line of event {@code index}, as the trace writes it: what the learner lists. */
    private String name(int index) {
        String key = switch (pattern.event()) {
            case "call" -> "function";
            case "print" -> "text";
            case "segment" -> "task";
            case "reactor" -> "state";
            case "log", "crash" -> "error";
            default -> "call";
        };
        String name = TracePattern.field(reading(), index, key);
        return name == null || name.equals("null") ? "idle" : name;
    }

    /** How a name compares: see the class comment. */
    static String canonical(String name) {
        String text = name.strip();
        if (text.length() >= 2
                && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        text = text.replaceFirst("\\s*[×*]\\s*[0-9]+$", "").replaceFirst("\\s+x\\s*[0-9]+$", "");
        if (text.matches("[\\w.]+\\(.*\\)")) {
            text = text.substring(0, text.indexOf('('));
        }
        text = lower(text);
        int dot = text.lastIndexOf('.');
        if (!text.matches(".*\\s.*") && dot >= 0 && dot < text.length() - 1) {
            text = text.substring(dot + 1);
        }
        return text;
    }

    @Override
    Optional<String> read(String answer) {
        String text = answer.strip();
        List<String> items;
        if (first == 1) {
            items = List.of(text);
        } else if (text.matches("(?s).*(,|;|\\n|->|→|=>|>).*")) {
            items = Arrays.asList(text.split("\\s*(?:,|;|\\n|->|→|=>|>)\\s*"));
        } else {
            items = Arrays.asList(text.split("\\s+"));
        }
        List<String> names = new ArrayList<>();
        for (String item : items) {
            String name = canonical(item);
            if (!name.isEmpty()
                    && (names.isEmpty() || !names.get(names.size() - 1).equals(name))) {
                names.add(name);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", names));
    }

    @Override
    String engineAnswer() {
        return String.join("\n", entries().stream().map(Entry::canonical).toList());
    }

    @Override
    String engineAnswerShown() {
        return String.join(", ", entries().stream().map(Entry::shown).toList());
    }

    @Override
    String fact() {
        List<Entry> entries = entries();
        String since = after == null ? "" : "after the event at t=" + reading().time(after.find(reading())) + ", ";
        if (first == 1) {
            return since + "the first is " + Md.code(entries.get(0).shown());
        }
        return since + "the order is "
                + String.join(
                        ", ", entries.stream().map(e -> Md.code(e.shown())).toList());
    }

    /** For "the first one": its line; otherwise none (a right order needs no one event). */
    @Override
    int keyEvent() {
        return first == 1 ? entries().get(0).index() : -1;
    }

    /** Where the order counts from, when it counts after an event. */
    @Override
    Story story(int index) {
        return after == null ? Story.NONE : new Story("The order counts from:", List.of(after.find(reading())));
    }

    /** The first position where {@code wrong} (canonical) and the run part. */
    private int parting(String wrong) {
        List<String> said = List.of(wrong.split("\n"));
        List<Entry> entries = entries();
        int i = 0;
        while (i < said.size()
                && i < entries.size()
                && said.get(i).equals(entries.get(i).canonical())) {
            i++;
        }
        return i;
    }

    @Override
    int divergence(String wrong) {
        List<Entry> entries = entries();
        int i = parting(wrong);
        return entries.get(Math.min(i, entries.size() - 1)).index();
    }

    @Override
    String remarkOn(String wrong) {
        List<String> said = List.of(wrong.split("\n"));
        List<Entry> entries = entries();
        int i = parting(wrong);
        if (i >= entries.size()) {
            return (i > 0
                            ? "Your order is right up to "
                                    + Md.code(entries.get(i - 1).shown()) + "; "
                            : "")
                    + "after that nothing more comes that fits, but your list goes on with "
                    + Md.code(asInTheRun(said.get(i))) + ".";
        }
        return partedAt(
                i > 0 ? entries.get(i - 1).shown() : null,
                i < said.size() ? asInTheRun(said.get(i)) : null,
                "more comes after that");
    }

    /**
     * Where a learner's order parts from the run, without naming what comes instead (that stays for
     * the second miss): after {@code rightUpTo}, the last item they had right (null when the first
     * was wrong), comes their {@code wrong} item, or, when their list ended (null), {@code ranShort}.
     */
    static String partedAt(String rightUpTo, String wrong, String ranShort) {
        String upTo = rightUpTo != null ? "Your order is right up to " + Md.code(rightUpTo) + "; " : "";
        return upTo
                + (wrong != null
                        ? Md.code(wrong) + (rightUpTo != null ? " does not come next" : " does not come first")
                        : ranShort)
                + ".";
    }

    /** A name the learner wrote (canonical), as a line of the run writes it, if one has it; else as it is. */
    private String asInTheRun(String canonical) {
        for (int index : pattern.all(reading())) {
            String shown = name(index);
            if (canonical(shown).equals(canonical)) {
                return shown;
            }
        }
        return canonical;
    }

    @Override
    public String toString() {
        return super.toString() + " ordering " + pattern.describe();
    }
}

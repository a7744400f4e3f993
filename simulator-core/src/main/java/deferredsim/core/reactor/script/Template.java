package deferredsim.core.reactor.script;

import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text in a program statement, with {@code {0}}, {@code {1}}, … standing for the arguments of the
 * function it is in (Python's {@code str.format}). A template that is exactly one placeholder
 * stands for the argument itself (a failure stays a failure); any other template is a string, with
 * each placeholder replaced by the argument as {@code print} shows it.
 */
public record Template(String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,3})}");

    public Template {
        Objects.requireNonNull(text, "text");
    }

    /** The highest placeholder index used, or -1 for none. */
    public int highestPlaceholder() {
        int highest = -1;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    /**
     * The value this template stands for with {@code args}; the text {@code None} is Python's None.
     *
     * @throws SimulatedException {@code IndexError} when a placeholder has no argument
     */
    public Value evaluate(List<Value> args) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return argument(args, Integer.parseInt(whole.group(1)));
        }
        if (text.equals("None")) {
            return Value.NONE;
        }
        return Value.text(format(args));
    }

    /** The text with each placeholder replaced by its argument as {@code print} shows it. */
    public String format(List<Value> args) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(str(argument(args, Integer.parseInt(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Python's {@code str()} of a value as the simulated program prints it: a string as itself, a
     * failure as {@code [Failure instance: ConnectionRefusedError]}.
     */
    public static String str(Value value) {
        return value instanceof Failure
                ? "[Failure instance: " + ((Failure) value).error().render() + "]"
                : value.render();
    }

    private static Value argument(List<Value> args, int index) {
        if (index >= args.size()) {
            throw SimulatedException.of(
                    "IndexError", "Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }

    @Override
    public String toString() {
        return text;
    }
}

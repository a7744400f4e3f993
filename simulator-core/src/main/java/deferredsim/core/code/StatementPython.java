package deferredsim.core.code;

import static deferredsim.core.code.PythonNames.literal;

import deferredsim.core.reactor.script.Ref;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.reactor.script.Template;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a reactor scenario's program as the line of Python it stands for: {@code
 * reactor.callLater 1 tick} is {@code reactor.callLater(1, tick)}, {@code print got: {0}} in a
 * callback is {@code print(f"got: {poem}")}. Each statement is one line, so a listing's line and a
 * statement are the same thing. One {@code switch} over the statement kinds: a new kind gets its
 * case here (and in {@link #templates}).
 */
final class StatementPython {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,3})}");

    /** The method a tally's {@code tally NAME} calls, {@code done.add_one()}. */
    static final String TALLY_METHOD = "add_one";

    private StatementPython() {}

    /**
     * {@code statement} as Python, in a function with {@code signature} (null in {@code main}, which
     * has no arguments).
     */
    static String line(Statement statement, ProgramSignatures.Signature signature) {
        return switch (statement) {
            case Statement.Print s ->
                "print(" + expression(s.text(), signature) + (s.stderr() ? ", file=sys.stderr)" : ")");
            case Statement.Raise s -> raise(s.text(), signature);
            case Statement.Return s -> s.text() == null ? "return" : "return " + expression(s.text(), signature);
            case Statement.Sleep s -> "time.sleep(" + seconds(s.seconds()) + ")";
            case Statement.Run s -> "reactor.run()";
            case Statement.Stop s -> "reactor.stop()";
            case Statement.CallWhenRunning s ->
                "reactor.callWhenRunning(" + call(s.target(), s.args(), signature) + ")";
            case Statement.CallLater s ->
                assigned(s.assignTo())
                        + "reactor.callLater("
                        + seconds(s.delay())
                        + ", "
                        + call(s.target(), s.args(), signature)
                        + ")";
            case Statement.NewDeferred s -> s.assignTo() + " = Deferred()";
            case Statement.AddCallbacks s -> s.deferred() + "." + s.kind().method() + "(" + adding(s, signature) + ")";
            case Statement.Fire s ->
                s.deferred() + "." + (s.errback() ? "errback(" : "callback(")
                        + (s.errback() ? failure(s.value(), signature) : expression(s.value(), signature)) + ")";
            case Statement.Method s -> s.target() + "." + s.method() + "()";
            case Statement.Move s -> s.call() + "." + (s.reset() ? "reset(" : "delay(") + seconds(s.seconds()) + ")";
            case Statement.NewLoopingCall s ->
                s.assignTo() + " = task.LoopingCall(" + call(s.target(), s.args(), signature) + ")";
            case Statement.StartLoop s ->
                assigned(s.assignTo()) + s.loop() + ".start(" + seconds(s.interval()) + (s.now() ? "" : ", now=False")
                        + ")";
            case Statement.GetPoetry s -> getPoetry(s);
            case Statement.Tally s -> s.name() + "." + TALLY_METHOD + "()";
            case Statement.Invoke s -> s.target() + "(" + arguments(s.args(), signature) + ")";
        };
    }

    /** The texts of {@code statement} that may hold {@code {N}}. */
    static List<Template> templates(Statement statement) {
        return switch (statement) {
            case Statement.Print s -> List.of(s.text());
            case Statement.Raise s -> List.of(s.text());
            case Statement.Return s -> s.text() == null ? List.of() : List.of(s.text());
            case Statement.CallWhenRunning s -> s.args();
            case Statement.CallLater s -> s.args();
            case Statement.AddCallbacks s -> s.args();
            case Statement.Fire s -> List.of(s.value());
            case Statement.NewLoopingCall s -> s.args();
            case Statement.Invoke s -> s.args();
            default -> List.of();
        };
    }

    /** The names {@code statement} assigns (a function that assigns one declares it {@code global}). */
    static List<String> assigns(Statement statement) {
        String name = switch (statement) {
            case Statement.CallLater s -> s.assignTo();
            case Statement.NewDeferred s -> s.assignTo();
            case Statement.NewLoopingCall s -> s.assignTo();
            case Statement.StartLoop s -> s.assignTo();
            case Statement.GetPoetry s -> s.assignTo();
            default -> null;
        };
        return name == null ? List.of() : List.of(name);
    }

    /** A time as a Python number: {@code 1}, {@code 0.5}. */
    static String seconds(Time time) {
        return time.seconds().stripTrailingZeros().toPlainString();
    }

    /**
     * A template as a Python expression: an argument, {@code None}, a string literal, or an
     * f-string when it has placeholders among other text.
     */
    static String expression(Template template, ProgramSignatures.Signature signature) {
        String text = template.text();
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return argument(Integer.parseInt(whole.group(1)), signature);
        }
        if (text.equals("None")) {
            return "None";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return literal(text);
        }
        StringBuilder out = new StringBuilder("f\"");
        int from = 0;
        m.reset();
        while (m.find()) {
            out.append(inFormat(text.substring(from, m.start())));
            out.append('{')
                    .append(argument(Integer.parseInt(m.group(1)), signature))
                    .append('}');
            from = m.end();
        }
        out.append(inFormat(text.substring(from)));
        return out.append('"').toString();
    }

    /** Text inside an f-string: escaped as in a literal, braces doubled. */
    private static String inFormat(String text) {
        String quoted = literal(text);
        return quoted.substring(1, quoted.length() - 1).replace("{", "{{").replace("}", "}}");
    }

    private static String argument(int index, ProgramSignatures.Signature signature) {
        return signature == null ? "args[" + index + "]" : signature.argument(index);
    }

    /** The placeholder's index when {@code template} is exactly one placeholder, else -1. */
    static int wholePlaceholder(Template template) {
        Matcher whole = PLACEHOLDER.matcher(template.text());
        return whole.matches() ? Integer.parseInt(whole.group(1)) : -1;
    }

    private static String raise(Template text, ProgramSignatures.Signature signature) {
        int whole = wholePlaceholder(text);
        if (whole >= 0 && signature != null && signature.isFailure(whole)) {
            return argument(whole, signature) + ".raiseException()";
        }
        return "raise Exception(" + expression(text, signature) + ")";
    }

    /** What {@code d.errback(...)} gets: a failure argument as it is, anything else wrapped in {@code Exception}. */
    private static String failure(Template value, ProgramSignatures.Signature signature) {
        int whole = wholePlaceholder(value);
        if (whole >= 0 && signature != null && signature.isFailure(whole)) {
            return argument(whole, signature);
        }
        return "Exception(" + expression(value, signature) + ")";
    }

    private static String assigned(String variable) {
        return variable == null ? "" : variable + " = ";
    }

    /**
     * A callable and the arguments it is called with, as {@code callLater} and its kin take them.
     * A Deferred's {@code errback} gets each argument as {@code d.errback TEXT} does: a failure as
     * it is, a string wrapped in {@code Exception}.
     */
    private static String call(Ref target, List<Template> args, ProgramSignatures.Signature signature) {
        if (args.isEmpty()) {
            return target.toString();
        }
        if ("errback".equals(target.method())) {
            List<String> failures = new ArrayList<>();
            args.forEach(arg -> failures.add(failure(arg, signature)));
            return target + ", " + String.join(", ", failures);
        }
        return target + ", " + arguments(args, signature);
    }

    private static String arguments(List<Template> args, ProgramSignatures.Signature signature) {
        List<String> out = new ArrayList<>();
        for (Template arg : args) {
            out.add(expression(arg, signature));
        }
        return String.join(", ", out);
    }

    private static String adding(Statement.AddCallbacks add, ProgramSignatures.Signature signature) {
        List<String> parts = new ArrayList<>();
        if (add.callback() != null) {
            parts.add(add.callback().toString());
        }
        if (add.errback() != null && add.kind() != Statement.AddKind.BOTH) {
            parts.add(add.errback().toString());
        }
        if (!add.args().isEmpty()) {
            parts.add(arguments(add.args(), signature));
        }
        return String.join(", ", parts);
    }

    private static String getPoetry(Statement.GetPoetry get) {
        String host = literal(PoetryClientPython.HOST) + ", " + get.port();
        if (get.assignTo() != null) {
            return get.assignTo() + " = get_poetry(" + host + ")";
        }
        return "get_poetry(" + host + ", " + get.callback() + (get.errback() == null ? "" : ", " + get.errback()) + ")";
    }
}

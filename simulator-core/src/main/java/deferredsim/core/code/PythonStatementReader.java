package deferredsim.core.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one line of Python, as a learner writes it in place of a line of {@link ReactorPython}'s
 * code, into the statement it stands for in a reactor scenario's program language: {@code
 * reactor.callLater(1, tick)} is {@code reactor.callLater 1 tick}, {@code print(f"got {poem}")} in
 * a callback whose first argument is {@code poem} is {@code print 'got {0}'}. It reads the Python
 * the code itself is written in, one statement per line, and {@code pass} to take the line out;
 * anything else is refused with the column where it stops making sense.
 */
final class PythonStatementReader {
    private enum Kind {
        NAME,
        NUMBER,
        STRING,
        FORMAT,
        OP,
        END
    }

    private record Token(Kind kind, String text, int column) {}

    private sealed interface Expr {
        int column();
    }

    private record Str(String value, boolean format, int column) implements Expr {}

    private record Num(String text, int column) implements Expr {}

    private record Name(String name, int column) implements Expr {}

    private record Call(String callee, List<Expr> args, Map<String, Expr> keywords, int column) implements Expr {}

    private final String text;
    private final ProgramSignatures.Signature signature;
    private final Set<String> tallies;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private PythonStatementReader(String text, ProgramSignatures.Signature signature, Set<String> tallies) {
        this.text = text;
        this.signature = signature;
        this.tallies = tallies;
    }

    /**
     * The statement {@code python} stands for, in a function with {@code signature} (null in the
     * module's main code) of a program with tallies {@code tallies}; null for {@code pass}.
     *
     * @throws CodeEditException when it is not a line the program's language has
     */
    static String read(String python, ProgramSignatures.Signature signature, Set<String> tallies)
            throws CodeEditException {
        PythonStatementReader reader = new PythonStatementReader(python, signature, tallies);
        reader.tokenize();
        return reader.line();
    }

    private String line() throws CodeEditException {
        Token first = peek();
        if (first.kind() == Kind.END) {
            throw new CodeEditException(1, "expected a statement after the line number (or pass to take the line out)");
        }
        String result;
        if (first.kind() == Kind.NAME && first.text().equals("pass")) {
            next();
            result = null;
        } else if (first.kind() == Kind.NAME && first.text().equals("return")) {
            next();
            result = peek().kind() == Kind.END ? "return" : "return " + quoted(template(expression()));
        } else if (first.kind() == Kind.NAME && first.text().equals("raise")) {
            next();
            result = raise(expression());
        } else if (first.kind() == Kind.NAME && isOp(1, "=")) {
            String variable = next().text();
            if (variable.contains(".")) {
                throw new CodeEditException(first.column(), "a value is kept in a plain name, not in " + variable);
            }
            next();
            result = statement(call(expression()), variable);
        } else {
            result = statement(call(expression()), null);
        }
        Token end = peek();
        if (end.kind() != Kind.END) {
            throw new CodeEditException(end.column(), "expected the end of the line, not '" + end.text() + "'");
        }
        return result;
    }

    private String raise(Expr raised) throws CodeEditException {
        if (raised instanceof Call call
                && call.callee().equals("Exception")
                && call.args().size() == 1) {
            return "raise " + quoted(template(call.args().get(0)));
        }
        if (raised instanceof Name name && parameter(name.name()) >= 0) {
            return "raise {" + parameter(name.name()) + "}";
        }
        throw new CodeEditException(raised.column(), "expected raise Exception(\"...\") here");
    }

    private Call call(Expr expr) throws CodeEditException {
        if (expr instanceof Call call) {
            return call;
        }
        throw new CodeEditException(
                expr.column(), "expected a call here, such as reactor.stop() or print(\"...\"), with its parentheses");
    }

    private String statement(Call call, String assign) throws CodeEditException {
        String callee = call.callee();
        List<Expr> args = call.args();
        String kept = assign == null ? "" : assign + " = ";
        switch (callee) {
            case "print" -> {
                noValue(call, assign);
                Expr file = call.keywords().get("file");
                onlyKeywords(call, "file");
                if (file != null && !(file instanceof Name name && name.name().equals("sys.stderr"))) {
                    throw new CodeEditException(file.column(), "expected file=sys.stderr, or no file");
                }
                List<String> parts = new ArrayList<>();
                for (Expr arg : args) {
                    parts.add(template(arg));
                }
                return "print " + (file == null ? "" : ">>sys.stderr ") + quoted(String.join(" ", parts));
            }
            case "time.sleep" -> {
                noValue(call, assign);
                count(call, 1, 1, "time.sleep(SECONDS)");
                return "time.sleep " + number(args.get(0));
            }
            case "reactor.run", "reactor.stop" -> {
                noValue(call, assign);
                count(call, 0, 0, callee + "()");
                return callee;
            }
            case "reactor.callWhenRunning" -> {
                noValue(call, assign);
                count(call, 1, Integer.MAX_VALUE, "reactor.callWhenRunning(FUNCTION, ARGUMENTS...)");
                return "reactor.callWhenRunning " + callable(args.get(0)) + arguments(args, 1, args.get(0));
            }
            case "reactor.callLater" -> {
                count(call, 2, Integer.MAX_VALUE, "reactor.callLater(SECONDS, FUNCTION, ARGUMENTS...)");
                return kept + "reactor.callLater " + number(args.get(0)) + " " + callable(args.get(1))
                        + arguments(args, 2, args.get(1));
            }
            case "Deferred", "defer.Deferred" -> {
                needsValue(call, assign);
                count(call, 0, 0, "Deferred()");
                return kept + "Deferred";
            }
            case "task.LoopingCall", "LoopingCall" -> {
                needsValue(call, assign);
                count(call, 1, Integer.MAX_VALUE, "task.LoopingCall(FUNCTION, ARGUMENTS...)");
                return kept + "LoopingCall " + callable(args.get(0)) + arguments(args, 1, args.get(0));
            }
            case "get_poetry" -> {
                return getPoetry(call, assign);
            }
            default -> {
                return callee.contains(".") ? method(call, assign) : function(call, assign);
            }
        }
    }

    private String getPoetry(Call call, String assign) throws CodeEditException {
        List<Expr> args = call.args();
        if (assign != null) {
            count(call, 2, 2, "d = get_poetry(HOST, PORT)");
        } else {
            count(call, 3, 4, "get_poetry(HOST, PORT, CALLBACK[, ERRBACK])");
        }
        if (!(args.get(0) instanceof Str)) {
            throw new CodeEditException(args.get(0).column(), "expected the host as a string, \"127.0.0.1\"");
        }
        String out = (assign == null ? "" : assign + " = ") + "get_poetry " + number(args.get(1));
        for (int i = 2; i < args.size(); i++) {
            out += " " + callable(args.get(i));
        }
        return out;
    }

    private String method(Call call, String assign) throws CodeEditException {
        String callee = call.callee();
        int dot = callee.lastIndexOf('.');
        String target = callee.substring(0, dot);
        String method = callee.substring(dot + 1);
        List<Expr> args = call.args();
        if (!method.equals("start")) {
            noValue(call, assign);
        }
        switch (method) {
            case "addCallback", "addErrback", "addBoth" -> {
                count(call, 1, Integer.MAX_VALUE, callee + "(FUNCTION, ARGUMENTS...)");
                return callee + " " + callable(args.get(0)) + arguments(args, 1);
            }
            case "addCallbacks" -> {
                count(call, 2, 2, callee + "(CALLBACK, ERRBACK)");
                return callee + " " + callable(args.get(0)) + " " + callable(args.get(1));
            }
            case "callback" -> {
                count(call, 1, 1, callee + "(RESULT)");
                return callee + " " + quoted(template(args.get(0)));
            }
            case "errback" -> {
                count(call, 1, 1, callee + "(Exception(\"...\"))");
                return callee + " " + quoted(failure(args.get(0)));
            }
            case "start" -> {
                count(call, 1, 1, callee + "(SECONDS[, now=False])");
                onlyKeywords(call, "now");
                Expr now = call.keywords().get("now");
                String flag = "";
                if (now != null) {
                    if (!(now instanceof Name name
                            && (name.name().equals("False") || name.name().equals("True")))) {
                        throw new CodeEditException(now.column(), "expected now=False or now=True");
                    }
                    flag = " now=" + ((Name) now).name();
                }
                return (assign == null ? "" : assign + " = ") + callee + " " + number(args.get(0)) + flag;
            }
            case "reset", "delay" -> {
                count(call, 1, 1, callee + "(SECONDS)");
                return callee + " " + number(args.get(0));
            }
            case StatementPython.TALLY_METHOD -> {
                if (tallies.contains(target)) {
                    count(call, 0, 0, callee + "()");
                    return "tally " + target;
                }
                return function(call, null);
            }
            case "raiseException" -> {
                if (parameter(target) < 0) {
                    throw new CodeEditException(call.column(), target + " is not an argument of this function");
                }
                count(call, 0, 0, callee + "()");
                return "raise {" + parameter(target) + "}";
            }
            default -> {
                return function(call, null);
            }
        }
    }

    private String function(Call call, String assign) throws CodeEditException {
        noValue(call, assign);
        onlyKeywords(call);
        return call.callee() + arguments(call.args(), 0);
    }

    /** What {@code d.errback(...)} is given: {@code Exception("text")}, or a failure argument. */
    private String failure(Expr expr) throws CodeEditException {
        if (expr instanceof Call call
                && call.callee().equals("Exception")
                && call.args().size() == 1) {
            return template(call.args().get(0));
        }
        if (expr instanceof Name name && parameter(name.name()) >= 0) {
            return "{" + parameter(name.name()) + "}";
        }
        throw new CodeEditException(
                expr.column(), "errback takes a failure, or an exception: write errback(Exception(\"...\"))");
    }

    private void noValue(Call call, String assign) throws CodeEditException {
        if (assign != null) {
            throw new CodeEditException(
                    call.column(),
                    call.callee() + "(...) gives nothing to keep here; a value is kept from reactor.callLater,"
                            + " Deferred(), task.LoopingCall, get_poetry and LOOP.start only");
        }
    }

    private void needsValue(Call call, String assign) throws CodeEditException {
        if (assign == null) {
            throw new CodeEditException(
                    call.column(),
                    "keep what " + call.callee() + "() makes in a name: NAME = " + call.callee() + "(...)");
        }
    }

    private static void count(Call call, int least, int most, String form) throws CodeEditException {
        int n = call.args().size();
        if (n < least || n > most) {
            throw new CodeEditException(call.column(), "expected " + form);
        }
    }

    private static void onlyKeywords(Call call, String... allowed) throws CodeEditException {
        for (Map.Entry<String, Expr> keyword : call.keywords().entrySet()) {
            if (!List.of(allowed).contains(keyword.getKey())) {
                throw new CodeEditException(
                        keyword.getValue().column(), call.callee() + " takes no keyword " + keyword.getKey() + " here");
            }
        }
    }

    private String callable(Expr expr) throws CodeEditException {
        if (expr instanceof Name name && !name.name().equals("None") && parameter(name.name()) < 0) {
            return name.name();
        }
        throw new CodeEditException(
                expr.column(), "expected a function or method to call here (tick, reactor.stop, d.callback)");
    }

    private String arguments(List<Expr> args, int from) throws CodeEditException {
        return arguments(args, from, null);
    }

    /**
     * The arguments from {@code from} on as words of a statement; those passed on to a Deferred's
     * {@code errback} ({@code callLater(1, d.errback, Exception("x"))}) are failures.
     */
    private String arguments(List<Expr> args, int from, Expr calling) throws CodeEditException {
        boolean failures = calling instanceof Name name && name.name().endsWith(".errback");
        StringBuilder out = new StringBuilder();
        for (int i = from; i < args.size(); i++) {
            String value = failures ? failure(args.get(i)) : template(args.get(i));
            if (!value.isEmpty() && value.chars().noneMatch(Character::isWhitespace) && value.indexOf('\'') < 0) {
                out.append(' ').append(value);
            } else if (value.indexOf('\'') < 0) {
                out.append(" '").append(value).append('\'');
            } else {
                throw new CodeEditException(
                        args.get(i).column(), "an argument here cannot hold both a space and a ' (single quote)");
            }
        }
        return out.toString();
    }

    private static String number(Expr expr) throws CodeEditException {
        if (expr instanceof Num num) {
            return num.text();
        }
        throw new CodeEditException(expr.column(), "expected a number here");
    }

    /** A text that runs to the end of the statement, quoted so that spaces and quotes inside it stay. */
    private static String quoted(String text) {
        return "'" + text + "'";
    }

    /** An expression as a template: a literal's text, {@code {N}} for argument N, {@code None}. */
    private String template(Expr expr) throws CodeEditException {
        switch (expr) {
            case Str str
            when !str.format() -> {
                return str.value();
            }
            case Str str -> {
                return formatted(str);
            }
            case Num num -> {
                return num.text();
            }
            case Name name
            when name.name().equals("None") -> {
                return "None";
            }
            case Name name
            when parameter(name.name()) >= 0 -> {
                return "{" + parameter(name.name()) + "}";
            }
            default ->
                throw new CodeEditException(
                        expr.column(),
                        "only text in quotes, numbers, None and "
                                + (signature == null || signature.names().isEmpty()
                                        ? "(in a function) its arguments"
                                        : "the function's arguments (" + String.join(", ", signature.names()) + ")")
                                + " can go here");
        }
    }

    /** An f-string's text with each {@code {name}} of an argument as {@code {N}}. */
    private String formatted(Str str) throws CodeEditException {
        String value = str.value();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < value.length() && value.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '{') {
                int close = value.indexOf('}', i);
                String name = close < 0 ? "" : value.substring(i + 1, close).strip();
                if (parameter(name) < 0) {
                    throw new CodeEditException(
                            str.column(), "inside {...} an f-string here names one of the function's arguments");
                }
                out.append('{').append(parameter(name)).append('}');
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the function's argument called {@code name}, or -1. */
    private int parameter(String name) {
        if (signature == null) {
            return -1;
        }
        if (signature.star()) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("args\\[(\\d{1,3})]").matcher(name);
            return m.matches() ? Integer.parseInt(m.group(1)) : -1;
        }
        return signature.names().indexOf(name);
    }

    private Expr expression() throws CodeEditException {
        Token token = next();
        switch (token.kind()) {
            case STRING -> {
                return new Str(token.text(), false, token.column());
            }
            case FORMAT -> {
                return new Str(token.text(), true, token.column());
            }
            case NUMBER -> {
                return new Num(token.text(), token.column());
            }
            case NAME -> {
                if (!isOp(0, "(")) {
                    return new Name(token.text(), token.column());
                }
                next();
                List<Expr> args = new ArrayList<>();
                Map<String, Expr> keywords = new LinkedHashMap<>();
                while (!isOp(0, ")")) {
                    if (peek().kind() == Kind.END) {
                        throw new CodeEditException(
                                peek().column(),
                                "expected ')' to close the call that starts at column " + token.column());
                    }
                    if (peek().kind() == Kind.NAME && isOp(1, "=")) {
                        String keyword = next().text();
                        next();
                        keywords.put(keyword, expression());
                    } else if (!keywords.isEmpty()) {
                        throw new CodeEditException(peek().column(), "expected a keyword argument after one");
                    } else {
                        args.add(expression());
                    }
                    if (isOp(0, ",")) {
                        next();
                    } else if (!isOp(0, ")")) {
                        Token stray = peek();
                        throw new CodeEditException(
                                stray.column(),
                                stray.kind() == Kind.END
                                        ? "expected ')' to close the call that starts at column " + token.column()
                                        : "expected ',' or ')', not '" + stray.text() + "'");
                    }
                }
                next();
                return new Call(token.text(), args, keywords, token.column());
            }
            default ->
                throw new CodeEditException(
                        token.column(),
                        token.kind() == Kind.END
                                ? "the line ends too soon"
                                : "expected a name, a number or a text in quotes, not '" + token.text() + "'");
        }
    }

    private Token peek() {
        return tokens.get(Math.min(at, tokens.size() - 1));
    }

    private Token next() {
        Token token = peek();
        if (at < tokens.size() - 1) {
            at++;
        }
        return token;
    }

    private boolean isOp(int ahead, String op) {
        int index = Math.min(at + ahead, tokens.size() - 1);
        Token token = tokens.get(index);
        return token.kind() == Kind.OP && token.text().equals(op);
    }

    private void tokenize() throws CodeEditException {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if ((c == 'f' || c == 'F') && i + 1 < text.length() && isQuote(text.charAt(i + 1))) {
                i = string(i + 1, i, true);
            } else if (isQuote(c)) {
                i = string(i, i, false);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length()
                        && (Character.isLetterOrDigit(text.charAt(i))
                                || text.charAt(i) == '_'
                                || text.charAt(i) == '.'
                                || (text.charAt(i) == '[' && text.startsWith("args[", start))
                                || (text.charAt(i) == ']' && text.startsWith("args[", start)))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(start, i), start + 1));
            } else if (Character.isDigit(c)
                    || ((c == '-' || c == '.') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                i++;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
            } else if ("(),=".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.OP, String.valueOf(c), i + 1));
                i++;
            } else {
                throw new CodeEditException(i + 1, "unexpected '" + c + "' for a line of this program");
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Reads the string literal whose quote is at {@code quote}; returns the index after it. */
    private int string(int quote, int start, boolean format) throws CodeEditException {
        char q = text.charAt(quote);
        StringBuilder value = new StringBuilder();
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != q) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(i + 1);
                value.append(
                        switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> escaped;
                        });
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        if (i >= text.length()) {
            throw new CodeEditException(start + 1, "expected a closing " + q + " for the text that starts here");
        }
        tokens.add(new Token(format ? Kind.FORMAT : Kind.STRING, value.toString(), start + 1));
        return i + 1;
    }
}

package deferredsim.core.reactor.script;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one program statement. Words are separated by spaces; an argument with spaces is written
 * in single quotes ({@code 'Another short poem.'}). {@code print}, {@code raise}, {@code return},
 * {@code D.callback} and {@code D.errback} take the rest of the line as their text (quotes around
 * it are dropped). The statements:
 *
 * <pre>
 * print TEXT                 print &gt;&gt;sys.stderr TEXT       raise TEXT       return [TEXT]
 * time.sleep SECONDS         reactor.run      reactor.stop      tally NAME
 * reactor.callWhenRunning CALLABLE ARG…      [VAR =] reactor.callLater SECONDS CALLABLE ARG…
 * VAR = Deferred             D.addCallback F ARG…    D.addErrback F ARG…    D.addBoth F ARG…
 * D.addCallbacks F G         D.callback TEXT         D.errback TEXT         D.cancel   D.pause   D.unpause
 * CALL.cancel   CALL.reset SECONDS   CALL.delay SECONDS
 * VAR = LoopingCall CALLABLE ARG…    [VAR =] LOOP.start SECONDS [now=False]    LOOP.stop
 * VAR = get_poetry PORT      get_poetry PORT CALLBACK [ERRBACK]      A.count
 * CALLABLE ARG…
 * </pre>
 *
 * <p>A CALLABLE is a function name, {@code reactor.stop}, or a method of a variable ({@code
 * d.callback}, {@code lc.stop}, {@code call.cancel}, {@code A.count}). Whether names exist and fit
 * is checked for the whole program by the scenario reader.
 */
public final class StatementParser {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REF = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final List<String> NO_ARGUMENT_METHODS = List.of("cancel", "stop", "count", "pause", "unpause");

    private StatementParser() {}

    private record Token(String text, int start, int end) {}

    /**
     * Parses {@code text}.
     *
     * @throws StatementSyntaxException at the first place it stops making sense
     */
    public static Statement parse(String text) throws StatementSyntaxException {
        List<Token> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            throw new StatementSyntaxException(0, "expected a statement, not nothing");
        }
        Token first = tokens.get(0);
        switch (first.text()) {
            case "print":
                return print(text, first);
            case "raise":
                String raised = rest(text, first);
                if (raised.isEmpty()) {
                    throw new StatementSyntaxException(first.end(), "expected the exception's message after raise");
                }
                return new Statement.Raise(new Template(raised));
            case "return":
                String returned = rest(text, first);
                return new Statement.Return(returned.isEmpty() ? null : new Template(returned));
            case "time.sleep":
                expectCount(tokens, 2, "time.sleep SECONDS");
                return new Statement.Sleep(seconds(tokens.get(1)));
            case "tally":
                expectCount(tokens, 2, "tally NAME");
                return new Statement.Tally(identifier(tokens.get(1), "a tally's name"));
            case "reactor.run":
                expectCount(tokens, 1, "reactor.run");
                return new Statement.Run();
            case "reactor.stop":
                expectCount(tokens, 1, "reactor.stop");
                return new Statement.Stop();
            case "reactor.callWhenRunning":
                atLeast(tokens, 2, "reactor.callWhenRunning CALLABLE ARG...");
                return new Statement.CallWhenRunning(ref(tokens.get(1)), args(tokens, 2));
            case "reactor.callLater":
                return callLater(null, tokens, 0);
            case "get_poetry":
                return getPoetry(null, tokens, 0);
            default:
                break;
        }
        if (tokens.size() >= 2 && tokens.get(1).text().equals("=")) {
            return assignment(text, tokens);
        }
        int dot = first.text().indexOf('.');
        if (dot > 0 && REF.matcher(first.text()).matches()) {
            return method(text, tokens, null, 0);
        }
        return new Statement.Invoke(ref(first), args(tokens, 1));
    }

    private static Statement print(String text, Token first) {
        String rest = rest(text, first);
        if (rest.startsWith(">>sys.stderr")) {
            String after = rest.substring(">>sys.stderr".length()).strip();
            return new Statement.Print(
                    new Template(
                            unquote(after.startsWith(",") ? after.substring(1).strip() : after)),
                    true);
        }
        return new Statement.Print(new Template(rest), false);
    }

    private static Statement assignment(String text, List<Token> tokens) throws StatementSyntaxException {
        String variable = identifier(tokens.get(0), "a variable name");
        if (tokens.size() < 3) {
            throw new StatementSyntaxException(tokens.get(1).end(), "expected a value after '='");
        }
        Token value = tokens.get(2);
        switch (value.text()) {
            case "Deferred":
                expectCount(tokens, 3, "VAR = Deferred");
                return new Statement.NewDeferred(variable);
            case "LoopingCall":
                atLeast(tokens, 4, "VAR = LoopingCall CALLABLE ARG...");
                return new Statement.NewLoopingCall(variable, ref(tokens.get(3)), args(tokens, 4));
            case "reactor.callLater":
                return callLater(variable, tokens, 2);
            case "get_poetry":
                return getPoetry(variable, tokens, 2);
            default:
                if (value.text().endsWith(".start") && REF.matcher(value.text()).matches()) {
                    return method(text, tokens, variable, 2);
                }
                throw new StatementSyntaxException(
                        value.start(),
                        "expected Deferred, LoopingCall, reactor.callLater,"
                                + " get_poetry or LOOP.start after '=', not '" + value.text() + "'");
        }
    }

    private static Statement callLater(String variable, List<Token> tokens, int at) throws StatementSyntaxException {
        atLeast(tokens, at + 3, (variable == null ? "" : "VAR = ") + "reactor.callLater SECONDS CALLABLE ARG...");
        return new Statement.CallLater(
                variable, seconds(tokens.get(at + 1)), ref(tokens.get(at + 2)), args(tokens, at + 3));
    }

    private static Statement getPoetry(String variable, List<Token> tokens, int at) throws StatementSyntaxException {
        atLeast(tokens, at + 2, variable == null ? "get_poetry PORT CALLBACK [ERRBACK]" : "VAR = get_poetry PORT");
        int port = port(tokens.get(at + 1));
        if (variable != null) {
            expectCount(
                    tokens,
                    at + 2,
                    "VAR = get_poetry PORT (client 4.0 returns a Deferred; 3.x takes callbacks instead)");
            return new Statement.GetPoetry(variable, port, null, null);
        }
        if (tokens.size() < at + 3 || tokens.size() > at + 4) {
            Token last = tokens.get(tokens.size() - 1);
            throw new StatementSyntaxException(
                    tokens.size() > at + 4 ? tokens.get(at + 4).start() : last.end(),
                    "expected get_poetry PORT CALLBACK [ERRBACK] (client 3.x), or D = get_poetry PORT (client 4.0)");
        }
        Ref errback = tokens.size() == at + 4 ? ref(tokens.get(at + 3)) : null;
        return new Statement.GetPoetry(null, port, ref(tokens.get(at + 2)), errback);
    }

    private static Statement method(String text, List<Token> tokens, String variable, int at)
            throws StatementSyntaxException {
        Token call = tokens.get(at);
        int dot = call.text().indexOf('.');
        String target = call.text().substring(0, dot);
        String method = call.text().substring(dot + 1);
        if (variable != null && !method.equals("start")) {
            throw new StatementSyntaxException(call.start(), "only LOOP.start has a value to assign");
        }
        switch (method) {
            case "addCallback":
            case "addErrback":
            case "addBoth":
                atLeast(tokens, at + 2, "D." + method + " CALLABLE ARG...");
                Ref f = ref(tokens.get(at + 1));
                Statement.AddKind kind = method.equals("addCallback")
                        ? Statement.AddKind.CALLBACK
                        : method.equals("addErrback") ? Statement.AddKind.ERRBACK : Statement.AddKind.BOTH;
                return new Statement.AddCallbacks(
                        target,
                        kind,
                        kind == Statement.AddKind.ERRBACK ? null : f,
                        kind == Statement.AddKind.CALLBACK ? null : f,
                        args(tokens, at + 2));
            case "addCallbacks":
                expectCount(tokens, at + 3, "D.addCallbacks CALLBACK ERRBACK");
                return new Statement.AddCallbacks(
                        target, Statement.AddKind.PAIR, ref(tokens.get(at + 1)), ref(tokens.get(at + 2)), List.of());
            case "callback":
            case "errback":
                return new Statement.Fire(target, method.equals("errback"), new Template(rest(text, call)));
            case "reset":
            case "delay":
                expectCount(tokens, at + 2, "CALL." + method + " SECONDS");
                return new Statement.Move(target, method.equals("reset"), seconds(tokens.get(at + 1)));
            case "start":
                return startLoop(variable, target, tokens, at);
            default:
                if (NO_ARGUMENT_METHODS.contains(method)) {
                    expectCount(tokens, at + 1, target + "." + method + " (it takes no arguments)");
                    return new Statement.Method(target, method);
                }
                return new Statement.Invoke(ref(call), args(tokens, at + 1));
        }
    }

    private static Statement startLoop(String variable, String loop, List<Token> tokens, int at)
            throws StatementSyntaxException {
        atLeast(tokens, at + 2, "LOOP.start SECONDS [now=False]");
        boolean now = true;
        if (tokens.size() > at + 2) {
            Token flag = tokens.get(at + 2);
            if (!flag.text().equals("now=False") && !flag.text().equals("now=True")) {
                throw new StatementSyntaxException(
                        flag.start(), "expected now=False or now=True, not '" + flag.text() + "'");
            }
            now = flag.text().equals("now=True");
            expectCount(tokens, at + 3, "LOOP.start SECONDS [now=False]");
        }
        return new Statement.StartLoop(variable, loop, seconds(tokens.get(at + 1)), now);
    }

    private static List<Token> tokenize(String text) throws StatementSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new StatementSyntaxException(i, "expected a closing ' for the quote that starts here");
                }
                tokens.add(new Token(text.substring(i + 1, close), i, close + 1));
                i = close + 1;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            }
        }
        return tokens;
    }

    /** The text after {@code token}, stripped, without surrounding single quotes. */
    private static String rest(String text, Token token) {
        return unquote(text.substring(token.end()).strip());
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("'") && text.endsWith("'")
                ? text.substring(1, text.length() - 1)
                : text;
    }

    private static List<Template> args(List<Token> tokens, int from) {
        List<Template> args = new ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            args.add(new Template(tokens.get(i).text()));
        }
        return args;
    }

    private static Ref ref(Token token) throws StatementSyntaxException {
        if (!REF.matcher(token.text()).matches()) {
            throw new StatementSyntaxException(
                    token.start(),
                    "expected a callable: a function name or VAR.method (d.callback, reactor.stop), not '"
                            + token.text() + "'");
        }
        int dot = token.text().indexOf('.');
        return dot < 0
                ? new Ref(token.text(), null)
                : new Ref(token.text().substring(0, dot), token.text().substring(dot + 1));
    }

    private static String identifier(Token token, String what) throws StatementSyntaxException {
        if (!IDENTIFIER.matcher(token.text()).matches()) {
            throw new StatementSyntaxException(
                    token.start(), "expected " + what + " (letters, digits, _), not '" + token.text() + "'");
        }
        return token.text();
    }

    private static Time seconds(Token token) throws StatementSyntaxException {
        try {
            return Time.ofSeconds(new BigDecimal(token.text()));
        } catch (IllegalArgumentException | ArithmeticException broken) {
            throw new StatementSyntaxException(
                    token.start(),
                    "expected a number of seconds >= 0 with at most nine decimals, not '" + token.text() + "'");
        }
    }

    private static int port(Token token) throws StatementSyntaxException {
        try {
            int port = Integer.parseInt(token.text());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException broken) {
            // falls through
        }
        throw new StatementSyntaxException(
                token.start(), "expected a port from 1 to 65535, not '" + token.text() + "'");
    }

    private static void expectCount(List<Token> tokens, int count, String form) throws StatementSyntaxException {
        if (tokens.size() > count) {
            throw new StatementSyntaxException(
                    tokens.get(count).start(),
                    "expected the end of the statement (" + form + "), not '"
                            + tokens.get(count).text() + "'");
        }
        atLeast(tokens, count, form);
    }

    private static void atLeast(List<Token> tokens, int count, String form) throws StatementSyntaxException {
        if (tokens.size() < count) {
            throw new StatementSyntaxException(tokens.get(tokens.size() - 1).end(), "expected " + form);
        }
    }
}

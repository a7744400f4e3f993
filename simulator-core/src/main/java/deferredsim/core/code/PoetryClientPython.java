package deferredsim.core.code;

import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.time.Time;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The poetry client a reactor program's {@code get_poetry} stands for, written as Twisted code: a
 * {@code PoetryProtocol} that collects the poem, a {@code PoetryClientFactory} that hands it on,
 * and {@code get_poetry}. Which client depends on how the program calls it: with callbacks (clients
 * 3.0 and 3.1: the factory calls {@code callback(poem)}, and {@code errback(reason)} when given) or
 * for a Deferred (client 4.0: fired once, with the Part 8 timeout when the program's options set
 * one, and without the guard that forgets the Deferred before firing it when they say so).
 *
 * <p>It also knows the line of each method the simulator records a call of ({@code
 * PoetryProtocol.dataReceived}), and the line inside each where things happen: a method the code
 * leaves to Twisted ({@code buildProtocol}) is on the line that configures it, or on its class's.
 */
final class PoetryClientPython {
    /** The host every {@code get_poetry} connects to, as the simulator records it. */
    static final String HOST = "127.0.0.1";

    /** What happens inside a client method, for the line it happens on. */
    enum Happening {
        /** Anything not listed below. */
        OTHER,
        /** A Deferred made or fired. */
        DEFERRED,
        /** A timed call scheduled. */
        SCHEDULED,
        /** A timed call cancelled. */
        CANCELLED
    }

    private final Map<String, Integer> calls = new HashMap<>();
    private final Map<String, Map<Happening, Integer>> inside = new HashMap<>();

    private PoetryClientPython() {}

    /** True when {@code program} calls {@code get_poetry}. */
    static boolean needed(Program program) {
        return !forms(program).isEmpty();
    }

    /** The ways {@code program} calls get_poetry: "deferred", "callback", "callbacks". */
    private static java.util.Set<String> forms(Program program) {
        java.util.Set<String> forms = new java.util.TreeSet<>();
        List<List<Statement>> bodies = new java.util.ArrayList<>();
        bodies.add(program.main());
        bodies.addAll(program.functions().values());
        for (List<Statement> body : bodies) {
            for (Statement statement : body) {
                if (statement instanceof Statement.GetPoetry get) {
                    forms.add(get.assignTo() != null ? "deferred" : get.errback() == null ? "callback" : "callbacks");
                }
            }
        }
        return forms;
    }

    /**
     * Writes the client {@code program} uses into {@code out}.
     *
     * @throws IllegalArgumentException when the program calls it both for a Deferred and with
     *     callbacks, which one Python function cannot stand for
     */
    static PoetryClientPython write(Program program, PythonLines out) {
        java.util.Set<String> forms = forms(program);
        if (forms.contains("deferred") && forms.size() > 1) {
            throw new IllegalArgumentException(
                    "the program calls get_poetry both for a Deferred (client 4.0) and with callbacks (client 3.x)");
        }
        PoetryClientPython client = new PoetryClientPython();
        client.protocol(program.getPoetry().readSize(), out);
        out.blank(2);
        if (forms.contains("deferred")) {
            client.deferredFactory(program.getPoetry(), out);
        } else {
            client.callbackFactory(forms.contains("callbacks"), forms.contains("callback"), out);
        }
        return client;
    }

    /** The line a recorded call of {@code function} ({@code PoetryProtocol.dataReceived}) starts on, or null. */
    Integer callLine(String function) {
        return calls.get(function);
    }

    /** The line where {@code happening} happens inside {@code frame}, or null when the frame is not the client's. */
    Integer lineIn(String frame, Happening happening) {
        Map<Happening, Integer> lines = inside.get(frame);
        if (lines == null) {
            return null;
        }
        return lines.getOrDefault(happening, lines.get(Happening.OTHER));
    }

    private void at(String frame, Happening happening, int line) {
        inside.computeIfAbsent(frame, k -> new HashMap<>()).put(happening, line);
    }

    /** A method written here: its call starts at its def, and what it does happens on {@code line}. */
    private void method(String frame, int def, int line) {
        calls.put(frame, def);
        at(frame, Happening.OTHER, line);
    }

    private void protocol(int readSize, PythonLines out) {
        int protocolClass = out.add("class PoetryProtocol(Protocol):");
        out.add("    \"\"\"Collects a poem as it arrives; hands it on when the server closes.\"\"\"");
        out.add("");
        out.add("    poem = b\"\"");
        out.add("");
        if (readSize != deferredsim.core.reactor.tcp.Tcp.DEFAULT_READ_SIZE) {
            int def = out.add("    def connectionMade(self):");
            int line = out.add("        self.transport.bufferSize = " + readSize + "  # the most bytes one read takes");
            out.add("");
            method("PoetryProtocol.connectionMade", def, line);
        }
        method("PoetryProtocol.makeConnection", protocolClass, protocolClass);
        int def = out.add("    def dataReceived(self, data):");
        method("PoetryProtocol.dataReceived", def, out.add("        self.poem += data"));
        out.add("");
        def = out.add("    def connectionLost(self, reason):");
        method("PoetryProtocol.connectionLost", def, out.add("        self.poemReceived(self.poem.decode(\"utf-8\"))"));
        out.add("");
        def = out.add("    def poemReceived(self, poem):");
        method("PoetryProtocol.poemReceived", def, out.add("        self.factory.poem_finished(poem)"));
    }

    private int factoryHead(String doc, PythonLines out) {
        int factoryClass = out.add("class PoetryClientFactory(ClientFactory):");
        out.add("    \"\"\"" + doc + "\"\"\"");
        out.add("");
        int protocolLine = out.add("    protocol = PoetryProtocol");
        method("PoetryClientFactory.buildProtocol", protocolLine, protocolLine);
        method("PoetryClientFactory.startedConnecting", factoryClass, factoryClass);
        method("PoetryClientFactory.clientConnectionLost", factoryClass, factoryClass);
        method("PoetryClientFactory.clientConnectionFailed", factoryClass, factoryClass);
        out.add("");
        return factoryClass;
    }

    private void callbackFactory(boolean withErrback, boolean withoutErrback, PythonLines out) {
        factoryHead(
                withErrback
                        ? "Calls back with the poem, or errs back when it cannot connect."
                        : "Calls back with the poem.",
                out);
        boolean optional = withErrback && withoutErrback;
        out.add("    def __init__(self, callback"
                + (withErrback ? optional ? ", errback=None):" : ", errback):" : "):"));
        out.add("        self.callback = callback");
        if (withErrback) {
            out.add("        self.errback = errback");
        }
        out.add("");
        int def = out.add("    def poem_finished(self, poem):");
        method("PoetryClientFactory.poem_finished", def, out.add("        self.callback(poem)"));
        if (withErrback) {
            out.add("");
            def = out.add("    def clientConnectionFailed(self, connector, reason):");
            if (optional) {
                out.add("        if self.errback is not None:");
            }
            method(
                    "PoetryClientFactory.clientConnectionFailed",
                    def,
                    out.add((optional ? "            " : "        ") + "self.errback(reason)"));
        }
        out.blank(2);
        def = out.add("def get_poetry(host, port, callback"
                + (withErrback ? optional ? ", errback=None):" : ", errback):" : "):"));
        out.add("    \"\"\"Downloads a poem and calls callback(poem)" + (withErrback ? ", or errback(failure)" : "")
                + ".\"\"\"");
        out.add("    factory = PoetryClientFactory(callback" + (withErrback ? ", errback)" : ")"));
        method("get_poetry", def, out.add("    reactor.connectTCP(host, port, factory)"));
    }

    private void deferredFactory(Program.GetPoetryOptions options, PythonLines out) {
        Time timeout = options.timeout();
        boolean guard = options.guard();
        factoryHead(
                guard
                        ? "Fires its deferred once: with the poem, or with why there is none."
                        : "Fires its deferred with the poem, or with why there is none (every time).",
                out);
        out.add("    def __init__(self, deferred):");
        out.add("        self.deferred = deferred");
        if (timeout != null) {
            out.add("        self.timeout_call = None");
            out.add("");
            int def = out.add("    def startedConnecting(self, connector):");
            int line = out.add("        self.timeout_call = reactor.callLater(" + StatementPython.seconds(timeout)
                    + ", self.on_timeout, connector)");
            method("PoetryClientFactory.startedConnecting", def, line);
        }
        out.add("");
        fireMethod("poem_finished", "(self, poem):", "d.callback(poem)", guard, timeout != null, out);
        out.add("");
        fireMethod(
                "clientConnectionFailed",
                "(self, connector, reason):",
                "d.errback(reason)",
                guard,
                timeout != null,
                out);
        if (timeout != null) {
            out.add("");
            int def = out.add("    def on_timeout(self, connector):");
            out.add("        self.timeout_call = None");
            String indent = guard ? "            " : "        ";
            if (guard) {
                out.add("        if self.deferred is not None:");
                out.add(indent + "d, self.deferred = self.deferred, None");
            }
            int fire = out.add(indent + (guard ? "d" : "self.deferred") + ".errback(TimeoutError())");
            out.add(indent + "connector.disconnect()");
            method("PoetryClientFactory.on_timeout", def, fire);
            out.add("");
            out.add("    def cancel_timeout(self):");
            out.add("        if self.timeout_call is not None:");
            out.add("            call, self.timeout_call = self.timeout_call, None");
            int cancel = out.add("            call.cancel()");
            at("PoetryClientFactory.poem_finished", Happening.CANCELLED, cancel);
            at("PoetryClientFactory.clientConnectionFailed", Happening.CANCELLED, cancel);
        }
        out.blank(2);
        int def = out.add("def get_poetry(host, port):");
        out.add("    \"\"\"Downloads a poem; the Deferred returned fires with it"
                + (timeout == null ? "" : ", or fails after " + StatementPython.seconds(timeout) + " s") + ".\"\"\"");
        int made = out.add("    d = Deferred()");
        method("get_poetry", def, out.add("    reactor.connectTCP(host, port, PoetryClientFactory(d))"));
        at("get_poetry", Happening.DEFERRED, made);
        out.add("    return d");
    }

    /** {@code poem_finished} or {@code clientConnectionFailed} of client 4.0: fire the deferred, guarded or not. */
    private void fireMethod(
            String name, String parameters, String fire, boolean guard, boolean timeout, PythonLines out) {
        int def = out.add("    def " + name + parameters);
        int line;
        if (guard) {
            out.add("        if self.deferred is not None:");
            out.add("            d, self.deferred = self.deferred, None");
            line = out.add("            " + fire);
        } else {
            line = out.add("        " + fire.replace("d.", "self.deferred."));
        }
        if (timeout) {
            out.add("        self.cancel_timeout()");
        }
        method("PoetryClientFactory." + name, def, line);
    }
}

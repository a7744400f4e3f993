package deferredsim.cli.repl;

import deferredsim.cli.text.Columns;
import deferredsim.cli.text.LineLimit;
import deferredsim.cli.text.SafeText;
import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.scenario.ScenarioDraft;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prompt's loop logic, independent of JLine: takes one line at a time and carries it out.
 * Pair lines are added to the current deferred; an empty line draws the diagram; anything else
 * is a command. A bad line changes nothing and gets a message that points at the column.
 *
 * <p>Every line runs inside the {@link CommandRunner}'s boundary: whatever fails (an engine
 * exception, a stack overflow, the memory running out, a reader or a view) becomes a message,
 * {@link #stop()} (Ctrl-C) stops the line being carried out, and in every case the session goes
 * on with what the learner built unchanged. Only {@code quit} (or the end of input, which the
 * launcher handles) ends it.
 */
final class Repl {
    /** How long a stopped command may take to notice before it is left to finish in the background. */
    static final Duration STOP_GRACE = Duration.ofMillis(500);

    /** The widest part of a long line echoed above a message about it. */
    private static final int ECHO_WIDTH = 100;

    /** The most characters of the current deferred's name the prompt shows. */
    private static final int PROMPT_NAME = 24;

    /** The longest word quoted whole in a message. */
    private static final int WORD_LIMIT = 80;

    private final CommandRegistry registry;
    private final ReplContext context;
    private final CommandRunner runner;
    private final LineLimit limit;
    private final PromptAutosave autosave;
    /** The workbench when it was last checked for completeness, and what was missing then. */
    private ScenarioDraft checked;

    private String lastMissing;

    Repl(ReplContext context) {
        this(context, standardCommands(), new CommandRunner(STOP_GRACE), LineLimit.fromEnvironment());
    }

    Repl(ReplContext context, CommandRegistry registry, CommandRunner runner, LineLimit limit) {
        this.context = context;
        this.registry = registry;
        this.runner = runner;
        this.limit = limit;
        this.autosave = PromptAutosave.forThisProcess(context.home);
        this.checked = context.workbench.toDraft();
    }

    /** Every command of the simulator, in help order. */
    static CommandRegistry standardCommands() {
        CommandRegistry registry = new CommandRegistry();
        ChainCommands.register(registry);
        ViewCommands.register(registry);
        StepCommands.register(registry);
        DeferredCommands.register(registry);
        ActionCommands.register(registry);
        AnalysisCommands.register(registry);
        FileCommands.register(registry);
        ShareCommands.register(registry);
        LessonCommands.register(registry);
        HelpCommands.register(registry);
        return registry;
    }

    CommandRegistry registry() {
        return registry;
    }

    ReplContext context() {
        return context;
    }

    /**
     * The prompt: the current deferred and how many pairs it has, or the reactor scenario shown in
     * place of the chains. The name is shown as every name is ({@link SafeText}: control characters
     * as escapes), and cut when long.
     */
    String prompt() {
        if (context.reactor != null) {
            // A reactor scenario is shown in place of the chains: name it, not the hidden workbench.
            String name = SafeText.UTF8.visible(context.reactor.name);
            return (name.length() > PROMPT_NAME ? name.substring(0, PROMPT_NAME) + "…" : name) + "> ";
        }
        Workbench.Draft draft = context.workbench.currentDraft();
        String name = SafeText.UTF8.visible(context.workbench.current());
        return (name.length() > PROMPT_NAME ? name.substring(0, PROMPT_NAME) + "…" : name) + "[" + draft.chain.size()
                + "]> ";
    }

    /**
     * Carries out one line; returns false once the user has asked to leave. Never throws: every
     * failure is reported, and the session is as it was before the line unless the line ran to
     * its end.
     */
    boolean handle(String line) {
        if (limit.exceededBy(line.length())) {
            context.printer.println(Printer.Tone.PROBLEM, "Nothing was done: " + limit.message(line.length()) + ".");
            context.printer.flush();
            return !context.quit;
        }
        Tokens tokens = Tokens.of(line);
        context.printer.startCommand();
        CommandRunner.Outcome outcome = runner.run(context, ctx -> carryOut(tokens, ctx));
        switch (outcome) {
            case CommandRunner.Outcome.Done done -> {
                context.adopt(done.context());
                noticeWhatIsMissing();
            }
            case CommandRunner.Outcome.Rejected rejected -> report(line, rejected.error());
            case CommandRunner.Outcome.Failed failed ->
                context.printer.println(Printer.Tone.PROBLEM, FailureReport.of(failed.failure(), commandName(tokens)));
            case CommandRunner.Outcome.Stopped stopped ->
                context.printer.println(
                        Printer.Tone.HINT,
                        "Stopped" + (tokens.isEmpty() ? "" : " '" + commandName(tokens) + "'")
                                + "; nothing you built has changed."
                                + (stopped.stillRunning()
                                        ? " (It is finishing in the background and will change nothing.)"
                                        : ""));
        }
        autosave.update(context).ifPresent(problem -> context.printer.println(Printer.Tone.HINT, problem));
        context.printer.flush();
        return !context.quit;
    }

    /**
     * Says once when the chain stops being complete (a 'defer x' with no x yet): the line was
     * accepted, and the message says what is still missing before it runs.
     */
    private void noticeWhatIsMissing() {
        ScenarioDraft now = context.workbench.toDraft();
        if (now.equals(checked)) {
            return;
        }
        checked = now;
        Optional<String> missing = Runs.problem(context.workbench);
        if (missing.isPresent() && !missing.get().equals(lastMissing)) {
            context.printer.println(Printer.Tone.HINT, "(Not complete yet: " + missing.get() + ".)");
        }
        lastMissing = missing.orElse(null);
    }

    /** The session's autosave. */
    PromptAutosave autosave() {
        return autosave;
    }

    /** Stops the line being carried out now, if any: what Ctrl-C does. Safe from any thread. */
    void stop() {
        runner.stop();
    }

    private void carryOut(Tokens tokens, ReplContext ctx) throws InputError {
        if (tokens.isEmpty()) {
            ViewCommands.show(ctx);
        } else if (PairInput.looksLikePair(tokens)) {
            addPair(tokens, ctx);
        } else {
            command(tokens, ctx);
        }
    }

    /** The command a line names, as the user would call it ("" for an empty line). */
    private String commandName(Tokens tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        if (PairInput.looksLikePair(tokens)) {
            return "the pair line";
        }
        return registry.find(tokens.text(0)).map(Command::name).orElse(SafeText.cut(tokens.text(0), WORD_LIMIT));
    }

    private static void addPair(Tokens tokens, ReplContext ctx) throws InputError {
        if (ctx.workbench.program() != null) {
            throw new InputError(
                    1, "a recorded program is shown; pair lines build a Deferred chain: type 'clear' first");
        }
        if (ctx.reactor != null) {
            throw new InputError(
                    1, "a reactor scenario is loaded; pair lines build a Deferred chain: type 'clear' first");
        }
        ctx.workbench.currentDraft().chain.add(PairInput.parse(tokens, 0));
    }

    private void command(Tokens tokens, ReplContext ctx) throws InputError {
        String word = tokens.text(0);
        Optional<Command> command = registry.find(word);
        if (command.isEmpty()) {
            List<String> known = new ArrayList<>(registry.words());
            known.addAll(MemberWords.KEYWORDS);
            String hint = Suggestions.nearest(word, known)
                    .map(w -> " Did you mean '" + w + "'?")
                    .orElse("");
            throw new InputError(
                    1,
                    "'" + word + "' is neither a command nor a stage." + hint
                            + " Pair lines start with return, fail, passthru or defer (r, f, p, d); 'help' lists the"
                            + " commands.");
        }
        if (ctx.reactor != null && command.get().scope() == Command.Scope.CHAINS) {
            throw new InputError(
                    1,
                    "'" + command.get().name() + "' works on the Deferred chains, and the reactor scenario "
                            + ctx.reactor.name + " is shown: Enter draws its timeline, 'step' walks through it,"
                            + " 'trace' prints its events; 'clear' goes back to your chains.");
        }
        command.get().action().run(tokens.from(1), ctx);
    }

    /** Shows the line with the offending word in red and a caret under it, then the message. */
    private void report(String line, InputError error) {
        if (error.column() > 0) {
            int column = Math.min(error.column(), line.length() + 1);
            int from = Math.max(0, column - 1 - ECHO_WIDTH / 2);
            int to = Math.min(line.length(), from + ECHO_WIDTH);
            String left = (from > 0 ? "…" : "") + line.substring(from, column - 1);
            int wordEnd = column - 1;
            while (wordEnd < to && !Character.isWhitespace(line.charAt(wordEnd))) {
                wordEnd++;
            }
            context.printer.print(List.of(StyledLine.builder()
                    .append("  " + left)
                    .append(line.substring(column - 1, wordEnd), Style.FAILURE_VALUE)
                    .append(line.substring(wordEnd, to) + (to < line.length() ? "…" : ""))
                    .build()));
            context.printer.println(
                    Printer.Tone.PROBLEM,
                    "  " + " ".repeat(Columns.width(SafeText.UTF8.visible(left))) + "^ column " + error.column());
        }
        context.printer.println(Printer.Tone.PROBLEM, SafeText.shortenWords(error.getMessage(), WORD_LIMIT));
    }
}

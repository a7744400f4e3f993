package deferredsim.cli.repl;

import java.util.Optional;

/**
 * The prompt's loop logic, independent of JLine: takes one line at a time and carries it out.
 * Pair lines are added to the current deferred; an empty line draws the diagram; anything else
 * is a command. A bad line changes nothing and gets a message that points at the column.
 */
final class Repl {
    private final CommandRegistry registry;
    private final ReplContext context;

    Repl(ReplContext context) {
        this.context = context;
        this.registry = standardCommands();
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

    /** The prompt: the current deferred and how many pairs it has. */
    String prompt() {
        Workbench.Draft draft = context.workbench.currentDraft();
        return context.workbench.current() + "[" + draft.chain.size() + "]> ";
    }

    /** Carries out one line; returns false once the user has asked to leave. */
    boolean handle(String line) {
        Tokens tokens = Tokens.of(line);
        try {
            if (tokens.isEmpty()) {
                ViewCommands.show(context);
            } else if (PairInput.looksLikePair(tokens)) {
                addPair(tokens);
            } else {
                command(tokens);
            }
        } catch (InputError error) {
            report(line, error);
        }
        context.printer.flush();
        return !context.quit;
    }

    private void addPair(Tokens tokens) throws InputError {
        if (context.workbench.program() != null) {
            throw new InputError(
                    1, "a recorded program is shown; pair lines build a Deferred chain: type 'clear' first");
        }
        if (context.reactor != null) {
            throw new InputError(
                    1, "a reactor scenario is loaded; pair lines build a Deferred chain: type 'clear' first");
        }
        context.workbench.currentDraft().chain.add(PairInput.parse(tokens, 0));
    }

    private void command(Tokens tokens) throws InputError {
        String word = tokens.text(0);
        Optional<Command> command = registry.find(word);
        if (command.isEmpty()) {
            java.util.List<String> known = new java.util.ArrayList<>(registry.words());
            known.addAll(StageWords.KEYWORDS);
            String hint = Suggestions.nearest(word, known)
                    .map(w -> " Did you mean '" + w + "'?")
                    .orElse("");
            throw new InputError(
                    1,
                    "'" + word + "' is neither a command nor a stage." + hint
                            + " Pair lines start with return, fail, passthru or defer (r, f, p, d); 'help' lists the"
                            + " commands.");
        }
        command.get().action().run(tokens.from(1), context);
    }

    private void report(String line, InputError error) {
        if (error.column() > 0) {
            context.printer.println(Printer.Tone.PLAIN, "  " + line);
            context.printer.println(
                    Printer.Tone.PROBLEM,
                    "  " + " ".repeat(Math.max(0, error.column() - 1)) + "^ column " + error.column());
        }
        context.printer.println(Printer.Tone.PROBLEM, error.getMessage());
    }
}

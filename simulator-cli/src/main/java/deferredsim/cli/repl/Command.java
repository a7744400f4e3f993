package deferredsim.cli.repl;

import java.util.List;
import java.util.function.Supplier;

/**
 * One REPL command: its name, how to call it, what it does, what its arguments complete to, the
 * action, and what it works on. The loop only dispatches; each command lives with the others of
 * its feature.
 *
 * @param scope whether the command works on the Deferred chains only ({@link Scope#CHAINS}, the
 *     default: refused, with a message, while a reactor scenario is shown) or on anything shown
 */
record Command(
        String name,
        String usage,
        String summary,
        String help,
        Arguments arguments,
        Supplier<List<String>> words,
        Action action,
        Scope scope) {
    /** A command of the chains with words of its own. */
    Command(
            String name,
            String usage,
            String summary,
            String help,
            Arguments arguments,
            Supplier<List<String>> words,
            Action action) {
        this(name, usage, summary, help, arguments, words, action, Scope.CHAINS);
    }

    /** A command whose arguments complete as {@code arguments} says, with no words of its own. */
    Command(String name, String usage, String summary, String help, Arguments arguments, Action action) {
        this(name, usage, summary, help, arguments, List::of, action);
    }

    /** This command, working whatever is shown (a reactor scenario too): it checks for itself. */
    Command worksOnAnything() {
        return new Command(name, usage, summary, help, arguments, words, action, Scope.ANYTHING);
    }

    /** What completion offers for the argument words. */
    enum Arguments {
        NONE,
        DEFERRED_NAMES,
        FILE,
        PAIR,
        WORDS,
        LESSON_SCENARIOS,
        /** The command's words for the first argument, then a file name (export). */
        WORDS_THEN_FILE
    }

    /** What a command works on. */
    enum Scope {
        /** The Deferred chains being built; refused while a reactor scenario is shown. */
        CHAINS,
        /** Whatever is shown; the command says itself what does not apply. */
        ANYTHING
    }

    /** Carries the command out on {@code args} (the words after the name). */
    @FunctionalInterface
    interface Action {
        void run(Tokens args, ReplContext context) throws InputError;
    }
}

package deferredsim.cli.repl;

import java.util.List;
import java.util.function.Supplier;

/**
 * One REPL command: its name, how to call it, what it does, what its arguments complete to, and
 * the action. The loop only dispatches; each command lives with the others of its feature.
 */
record Command(
        String name,
        String usage,
        String summary,
        String help,
        Arguments arguments,
        Supplier<List<String>> words,
        Action action) {
    /** A command whose arguments complete as {@code arguments} says, with no words of its own. */
    Command(String name, String usage, String summary, String help, Arguments arguments, Action action) {
        this(name, usage, summary, help, arguments, List::of, action);
    }

    /** What completion offers for the argument words. */
    enum Arguments {
        NONE,
        DEFERRED_NAMES,
        FILE,
        PAIR,
        WORDS,
        LESSON_SCENARIOS
    }

    /** Carries the command out on {@code args} (the words after the name). */
    @FunctionalInterface
    interface Action {
        void run(Tokens args, ReplContext context) throws InputError;
    }
}

package deferredsim.cli.repl;

import deferredsim.cli.text.LineLimit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How a prompt session starts: where it keeps its files, the layout, a file to open, the
 * environment it reads ({@code NO_COLOR}, {@code HOME}), the engine, the commands and the limits.
 * Tests change one part with the {@code with...} methods.
 */
record PromptSettings(
        Path home,
        boolean narrow,
        String file,
        Map<String, String> env,
        Engine engine,
        CommandRegistry registry,
        Duration stopGrace,
        LineLimit limit) {
    /** The settings of a normal session: this process's environment, the simulator's engine and commands. */
    static PromptSettings of(Path home, boolean narrow, String file) {
        return new PromptSettings(
                home,
                narrow,
                file,
                System.getenv(),
                Engine.SIMULATION,
                Repl.standardCommands(),
                Repl.STOP_GRACE,
                LineLimit.fromEnvironment());
    }

    PromptSettings withEnv(Map<String, String> newEnv) {
        return new PromptSettings(home, narrow, file, newEnv, engine, registry, stopGrace, limit);
    }

    PromptSettings withEngine(Engine newEngine) {
        return new PromptSettings(home, narrow, file, env, newEngine, registry, stopGrace, limit);
    }

    PromptSettings withRegistry(CommandRegistry newRegistry) {
        return new PromptSettings(home, narrow, file, env, engine, newRegistry, stopGrace, limit);
    }

    PromptSettings withLimit(LineLimit newLimit) {
        return new PromptSettings(home, narrow, file, env, engine, registry, stopGrace, newLimit);
    }

    /**
     * The folder the prompt keeps its history, progress and autosave in: the system property {@code
     * deferredsim.home} when set, else {@code .deferred-sim} in the {@link #userHome user's home}.
     */
    static Path homeDirectory(Map<String, String> env) {
        String override = System.getProperty("deferredsim.home");
        return override != null && !override.isBlank() ? Path.of(override) : Path.of(userHome(env), ".deferred-sim");
    }

    /** {@code $HOME} when it is set, as a shell has it; else the account's home folder. */
    static String userHome(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? home : System.getProperty("user.home");
    }
}

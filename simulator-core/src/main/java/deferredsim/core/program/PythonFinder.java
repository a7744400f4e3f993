package deferredsim.core.program;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python 3 that imports Twisted, to record programs with: the one the user names ({@code
 * --python PATH} or {@code DEFERRED_SIM_PYTHON}), else {@code python3} on the PATH, else {@code
 * /usr/bin/python3}. Each candidate is asked for its version and Twisted's by running it briefly.
 *
 * <p>When none will do, {@link Found#problem()} says what was found and what to install.
 */
public final class PythonFinder {
    /** The environment variable that names the Python to record with. */
    public static final String ENVIRONMENT = "DEFERRED_SIM_PYTHON";

    private static final String PROBE = "import sys\n"
            + "print(sys.version.split()[0])\n"
            + "sys.stdout.flush()\n"
            + "import twisted\n"
            + "print(twisted.__version__)\n";

    private PythonFinder() {}

    /**
     * What the search found: a Python with Twisted, or why there is none.
     *
     * @param command the Python to run, or null when none will do
     * @param python its version
     * @param twisted Twisted's version
     * @param problem why there is none, with what to install; null when one was found
     */
    public record Found(String command, String python, String twisted, String problem) {
        /** True when a Python with Twisted was found. */
        public boolean ok() {
            return command != null;
        }
    }

    /**
     * Looks for a Python with Twisted: {@code explicit} when given (only it), else the environment
     * variable, else {@code python3} on the PATH, then {@code /usr/bin/python3}.
     */
    public static Found find(Optional<String> explicit) {
        Optional<String> named = explicit.or(
                () -> Optional.ofNullable(System.getenv(ENVIRONMENT)).filter(s -> !s.isBlank()));
        List<String> candidates = named.map(List::of).orElse(List.of("python3", "/usr/bin/python3"));
        List<String> withoutTwisted = new ArrayList<>();
        for (String candidate : candidates) {
            Probe probe = probe(candidate);
            if (probe.python == null) {
                continue;
            }
            if (probe.twisted != null) {
                return new Found(candidate, probe.python, probe.twisted, null);
            }
            withoutTwisted.add(candidate + " (Python " + probe.python + ")");
        }
        String install = "On Debian or Ubuntu: sudo apt-get install python3-twisted (for /usr/bin/python3);"
                + " for another Python: PYTHON -m pip install twisted.";
        String choose = " Or name a Python that has Twisted with --python PATH (or " + ENVIRONMENT + ").";
        if (named.isPresent() && withoutTwisted.isEmpty()) {
            return new Found(
                    null,
                    null,
                    null,
                    "cannot run the Python named: " + named.get() + " (not found, or not a Python 3). " + install
                            + choose);
        }
        if (withoutTwisted.isEmpty()) {
            return new Found(
                    null,
                    null,
                    null,
                    "recording needs Python 3 with Twisted, and no python3 was found"
                            + " (not on the PATH, not at /usr/bin/python3). Install both. " + install + choose);
        }
        return new Found(
                null,
                null,
                null,
                "Twisted is not installed for " + String.join(", nor for ", withoutTwisted)
                        + ": it cannot import twisted. " + install + choose);
    }

    private record Probe(String python, String twisted) {}

    private static Probe probe(String command) {
        Process process;
        try {
            process = new ProcessBuilder(command, "-c", PROBE)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
        } catch (IOException notThere) {
            return new Probe(null, null);
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probe(null, null);
            }
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            String python = !lines.isEmpty() && lines.get(0).matches("3\\.[0-9]+.*") ? lines.get(0) : null;
            String twisted =
                    process.exitValue() == 0 && lines.size() >= 2 ? lines.get(1).strip() : null;
            return new Probe(python, python == null ? null : twisted);
        } catch (IOException e) {
            return new Probe(null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Probe(null, null);
        }
    }
}

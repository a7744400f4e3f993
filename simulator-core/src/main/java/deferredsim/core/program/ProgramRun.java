package deferredsim.core.program;

import deferredsim.core.code.CodeListing;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A recorded run of a real program, ready for every view.
 *
 * @param recording its events, in the simulator's own vocabulary, ending with one {@code Outcome}
 *     per Deferred the program made (in the order it made them)
 * @param code the program's source, with the line of each event
 * @param cast the deferreds as a scenario's declarations, for the views that lay a run out by its
 *     scenario: each Deferred the program made, a list with its members, a generator's deferred;
 *     no chains, fires or actions (it is never run: the recording is the run)
 * @param program what was run
 * @param ending how the run ended
 * @param output the program's first lines of output (standard output and error, as they came)
 */
public record ProgramRun(
        Recording recording, CodeListing code, Scenario cast, Program program, Ending ending, List<String> output) {
    public ProgramRun {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cast, "cast");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(ending, "ending");
        output = List.copyOf(output);
    }

    /** A title for the run: {@code defer-6.py, recorded}. */
    public String title() {
        return program.script() + ", recorded";
    }

    /**
     * What was run, and with what.
     *
     * @param script the script as the user named it
     * @param args its arguments
     * @param python the Python version ({@code 3.11.2})
     * @param twisted the Twisted version ({@code 22.4.0})
     * @param virtualClock true when times are a {@code task.Clock}'s seconds (the program never ran
     *     the reactor), false for real seconds since the program started
     */
    public record Program(String script, List<String> args, String python, String twisted, boolean virtualClock) {
        public Program {
            Objects.requireNonNull(script, "script");
            args = List.copyOf(args);
            Objects.requireNonNull(python, "python");
            Objects.requireNonNull(twisted, "twisted");
        }
    }

    /**
     * How the run ended.
     *
     * @param how the reason
     * @param status the program's exit status (-1 when it was stopped)
     * @param seconds how long it ran, in real seconds
     */
    public record Ending(How how, int status, double seconds) {
        public Ending {
            Objects.requireNonNull(how, "how");
        }

        /** One sentence for the user: {@code The program finished (exit status 0) after 0.1 s.} */
        public String sentence() {
            String after = String.format(java.util.Locale.ROOT, " after %.1f s", seconds);
            return switch (how) {
                case FINISHED -> "The program finished (exit status " + status + ")" + after + ".";
                case TIME_LIMIT ->
                    "The program was stopped at the time limit" + after
                            + "; the recording keeps what happened until then.";
                case INTERRUPTED ->
                    "The program was interrupted (Ctrl-C)" + after + "; the recording keeps what happened until then.";
                case EVENT_LIMIT ->
                    "The program was stopped when the recording reached its limit of events" + after
                            + "; the recording keeps what happened until then.";
                case OUTPUT_LIMIT ->
                    "The program was stopped when its output reached the limit" + after
                            + "; the recording keeps what happened until then.";
            };
        }

        /** True when the program ran to its end by itself. */
        public boolean complete() {
            return how == How.FINISHED;
        }
    }

    /** Why a recorded run ended. */
    public enum How {
        FINISHED("finished"),
        TIME_LIMIT("time-limit"),
        INTERRUPTED("interrupted"),
        EVENT_LIMIT("event-limit"),
        OUTPUT_LIMIT("output-limit");

        private final String word;

        How(String word) {
            this.word = word;
        }

        /** The word the recording file uses. */
        public String word() {
            return word;
        }

        /** The reason the file's word names, if any. */
        public static java.util.Optional<How> of(String word) {
            for (How how : values()) {
                if (how.word.equals(word)) {
                    return java.util.Optional.of(how);
                }
            }
            return java.util.Optional.empty();
        }
    }
}

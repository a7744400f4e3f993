package deferredsim.cli.classic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of {@link ClassicPipe#run} on a string of input: exit status, standard output and error. */
record PipeRun(int status, String out, String err) {
    /** Runs the pipe with {@code input} as standard input. */
    static PipeRun of(String input, boolean narrow) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ClassicPipe.run(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                narrow);
        return new PipeRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output as lines, normalised as the conformance corpus says. */
    List<String> outLines() {
        return ClassicCorpus.normalise(ClassicCorpus.lines(out));
    }
}

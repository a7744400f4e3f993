package deferredsim.cli.repl;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * A file name typed at the prompt, read with JLine's own {@link DefaultParser}: the same quoting
 * and escapes Tab completion writes, so whatever it completes can be loaded and saved ({@code sp\
 * dir/x.json}, {@code 'my file.json'}, {@code "it's.json"}). A quote inside a name is a plain
 * character ({@code it's.json}), as JLine reads it. A leading {@code ~/} is the home folder.
 *
 * <p>JLine's completion leaves spaces unescaped in a name that holds a quote ({@code sp
 * dir/it's.json}); for a file that must exist, the whole rest of the line is taken as the name
 * when it names one.
 */
record FileArgument(Path path, int column) {
    /**
     * The name of a file that may not exist yet, making up the rest of the line from word {@code
     * index} of {@code args}.
     *
     * @param expected what is missing when there is nothing there, e.g. "the file to save to"
     * @throws InputError naming the column when the name is missing, a quote that starts it is not
     *     closed, more follows the name, or it is not a possible file name
     */
    static FileArgument rest(Tokens args, int index, String expected) throws InputError {
        return read(args, index, expected, false);
    }

    /** As {@link #rest}, for a file that must exist (to be loaded). */
    static FileArgument existing(Tokens args, int index, String expected) throws InputError {
        return read(args, index, expected, true);
    }

    private static FileArgument read(Tokens args, int index, String expected, boolean exists) throws InputError {
        Args.require(args, index, expected);
        int column = args.get(index).column();
        String rest = args.line().substring(column - 1).stripTrailing();
        if ((rest.startsWith("'") || rest.startsWith("\"")) && rest.indexOf(rest.charAt(0), 1) < 0) {
            throw new InputError(
                    column,
                    "the quote that starts the file name is not closed; write 'my file.json' or my\\ file.json");
        }
        ParsedLine parsed = new DefaultParser().parse(rest, 0, Parser.ParseContext.ACCEPT_LINE);
        if (parsed.words().size() > 1) {
            if (exists && Files.exists(path(rest, column))) {
                return new FileArgument(path(rest, column), column);
            }
            int extra = column + ((CompletingParsedLine) parsed).rawWordLength();
            while (extra - 1 < args.line().length()
                    && Character.isWhitespace(args.line().charAt(extra - 1))) {
                extra++;
            }
            throw new InputError(
                    extra,
                    "unexpected '" + parsed.words().get(1) + "' after the file name '"
                            + parsed.words().get(0)
                            + "'; a name with spaces needs quotes ('my file.json') or backslashes (my\\ file.json)");
        }
        return new FileArgument(path(parsed.words().get(0), column), column);
    }

    /** {@code name} written so that {@link #rest} reads it back: special characters escaped. */
    static String quote(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\'' || c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code name} as a path, {@code ~/} being the home folder. */
    private static Path path(String name, int column) throws InputError {
        try {
            if (name.equals("~") || name.startsWith("~/")) {
                return Path.of(
                        PromptSettings.userHome(System.getenv()),
                        name.substring(1).replaceFirst("^/", ""));
            }
            return Path.of(name);
        } catch (InvalidPathException bad) {
            throw new InputError(column, "'" + name + "' is not a possible file name: " + bad.getReason());
        }
    }
}

package deferredsim.cli.repl;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * A file name typed at the prompt, read with JLine's own {@link DefaultParser}: the same quoting
 * and escapes Tab completion writes, so whatever it completes can be loaded and saved ({@code sp\
 * dir/x.json}, {@code 'my file.json'}, {@code "it's.json"}). A leading {@code ~/} is the home
 * folder.
 */
record FileArgument(Path path, int column) {
    /**
     * The file name that makes up the rest of the line from word {@code index} of {@code args}.
     *
     * @param expected what is missing when there is nothing there, e.g. "the file to load"
     * @throws InputError naming the column when the name is missing, a quote is not closed, more
     *     follows the name, or it is not a possible file name
     */
    static FileArgument rest(Tokens args, int index, String expected) throws InputError {
        String word = Args.require(args, index, expected);
        int column = args.get(index).column();
        String rest = args.line().substring(column - 1);
        ParsedLine parsed;
        try {
            parsed = parser().parse(rest, 0, Parser.ParseContext.ACCEPT_LINE);
        } catch (EOFError unclosed) {
            throw new InputError(
                    column,
                    "the quote that starts the file name is not closed; write 'my file.json' or my\\ file.json");
        } catch (SyntaxError broken) {
            throw new InputError(column, "cannot read '" + word + "' as a file name: " + broken.getMessage());
        }
        if (parsed.words().size() > 1) {
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
        String name = parsed.words().get(0);
        try {
            return new FileArgument(expandHome(name), column);
        } catch (InvalidPathException bad) {
            throw new InputError(column, "'" + name + "' is not a possible file name: " + bad.getReason());
        }
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

    private static Path expandHome(String name) {
        if (name.equals("~") || name.startsWith("~/")) {
            return Path.of(
                    PromptSettings.userHome(System.getenv()), name.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(name);
    }

    private static DefaultParser parser() {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        return parser;
    }
}

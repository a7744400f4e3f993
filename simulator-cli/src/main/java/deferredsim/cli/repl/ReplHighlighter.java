package deferredsim.cli.repl;

import deferredsim.cli.text.SafeText;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line while it is typed: stage keywords and known commands green, the part from the
 * first mistake on red (a pair line is checked in full as it grows; a value being typed is fine).
 * Without colour (NO_COLOR, a dumb terminal) the mistake is only underlined; a line longer than
 * {@link #LONGEST} is left plain, so a huge paste is not checked again at every key. A control
 * character in the line (pasted, or typed after Ctrl-V) shows as its escape, {@code \x1b}, never
 * raw.
 */
final class ReplHighlighter implements Highlighter {
    /** The longest line that is highlighted. */
    static final int LONGEST = 1000;

    private final CommandRegistry registry;
    private final AttributedStyle good;
    private final AttributedStyle bad;

    ReplHighlighter(CommandRegistry registry, boolean colour) {
        this.registry = registry;
        this.good = colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN) : AttributedStyle.DEFAULT;
        this.bad = colour
                ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline()
                : AttributedStyle.DEFAULT.underline();
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (buffer.length() > LONGEST) {
            return new AttributedString(SafeText.UTF8.visible(buffer));
        }
        Tokens tokens = Tokens.of(buffer);
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (tokens.isEmpty()) {
            return out.append(buffer).toAttributedString();
        }
        int badFrom = firstProblem(tokens);
        for (int i = 0; i < buffer.length(); ) {
            int cp = buffer.codePointAt(i);
            out.style(styleAt(tokens, i + 1, badFrom));
            if (SafeText.isControl(cp)) {
                out.style(AttributedStyle.INVERSE).append(SafeText.escape(cp));
            } else {
                out.append(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return out.toAttributedString();
    }

    /** The 1-based column where the line stops making sense, or MAX_VALUE when it is fine so far. */
    int firstProblem(Tokens tokens) {
        if (PairInput.looksLikePair(tokens)) {
            try {
                PairInput.parse(tokens, 0);
                return Integer.MAX_VALUE;
            } catch (InputError e) {
                // A member still missing is not a mistake while typing.
                return e.column() >= tokens.endColumn() ? Integer.MAX_VALUE : e.column();
            }
        }
        return registry.find(tokens.text(0)).isPresent() ? Integer.MAX_VALUE : 1;
    }

    private AttributedStyle styleAt(Tokens tokens, int column, int badFrom) {
        if (column >= badFrom) {
            return bad;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            if (column >= token.column()
                    && column < token.column() + token.text().length()) {
                boolean keyword = PairInput.looksLikePair(tokens) ? isKeywordPosition(tokens, i) : i == 0;
                return keyword ? good : AttributedStyle.DEFAULT;
            }
        }
        return AttributedStyle.DEFAULT;
    }

    /** In a pair line, token 0 and the token after the first member are keywords. */
    private static boolean isKeywordPosition(Tokens tokens, int index) {
        if (index == 0) {
            return true;
        }
        String first = MemberWords.keyword(tokens.text(0));
        int second = "passthru".equals(first) ? 1 : 2;
        return index == second;
    }
}

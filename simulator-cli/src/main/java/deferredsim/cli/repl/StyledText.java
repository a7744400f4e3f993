package deferredsim.cli.repl;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The one place where the diagrams' semantic styles become terminal colours. */
final class StyledText {
    private StyledText() {}

    static AttributedString toAttributed(StyledLine line) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        String text = line.text();
        int at = 0;
        for (StyledLine.Span span : line.spans()) {
            if (span.start() > at) {
                out.append(text.substring(at, span.start()));
            }
            out.style(colourOf(span.style()));
            out.append(text.substring(span.start(), span.end()));
            out.style(AttributedStyle.DEFAULT);
            at = span.end();
        }
        if (at < text.length()) {
            out.append(text.substring(at));
        }
        return out.toAttributedString();
    }

    static AttributedStyle colourOf(Style style) {
        switch (style) {
            case HEADER:
                return AttributedStyle.BOLD;
            case CALLBACK:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case ERRBACK:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case SUCCESS_VALUE:
                return AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
            case FAILURE_VALUE:
                return AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case ACTIVE:
                return AttributedStyle.BOLD.inverse();
            case MUTED:
                return AttributedStyle.DEFAULT.faint();
            case WAITING:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case TIME:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case WARNING:
                return AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
            default:
                return AttributedStyle.DEFAULT;
        }
    }
}

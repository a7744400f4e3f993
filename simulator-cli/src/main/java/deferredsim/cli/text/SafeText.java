package deferredsim.cli.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Text made safe to print on a terminal: the one place that decides what of a scenario's names,
 * values and messages reaches the screen as it is.
 *
 * <p>What holds for every line {@link #line(String)} returns: it contains no character a terminal
 * would act on (C0 and C1 controls such as ESC, DEL, the line and paragraph separators, the
 * bidirectional overrides such as U+202E, unpaired surrogates); each of those shows as Python
 * would write it in a string's {@code repr}: {@code \t}, {@code \n}, {@code \r}, {@code \x1b},
 * {@code \u202e}. It is at most {@link #LINE_LIMIT} characters plus a note saying how much was
 * left out. Characters the terminal's charset cannot encode (with {@code LANG=C}: everything past
 * ASCII) become an ASCII look-alike where there is one ({@code →} as {@code ->}) and an escape
 * otherwise, never a {@code ?}; with a UTF-8 terminal, non-ASCII text stays as it is.
 *
 * <p>Instances are immutable; get one with {@link #forCharset(Charset)} or {@link #UTF8}.
 */
public final class SafeText {
    /** The longest line printed whole; longer ones are cut, with a note of what was left out. */
    public static final int LINE_LIMIT = 2000;

    /** For a terminal that shows any Unicode text. */
    public static final SafeText UTF8 = new SafeText(null);

    private static final Map<Integer, String> ASCII_LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) '→', "->"),
            Map.entry((int) '←', "<-"),
            Map.entry((int) '–', "-"),
            Map.entry((int) '—', "--"),
            Map.entry((int) '…', "..."),
            Map.entry((int) '×', "x"),
            Map.entry((int) '·', "."),
            Map.entry((int) '•', "*"),
            Map.entry((int) '‘', "'"),
            Map.entry((int) '’', "'"),
            Map.entry((int) '“', "\""),
            Map.entry((int) '”', "\""),
            Map.entry((int) '\u00a0', " "));

    /** The terminal's encoder, or null when it encodes everything (UTF-8, UTF-16). */
    private final Charset charset;

    private SafeText(Charset charset) {
        this.charset = charset;
    }

    /** Text for a terminal writing {@code charset}: UTF-8 and UTF-16 keep all of Unicode. */
    public static SafeText forCharset(Charset charset) {
        if (charset == null
                || charset.equals(StandardCharsets.UTF_8)
                || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-")) {
            return UTF8;
        }
        return new SafeText(charset);
    }

    /**
     * {@code text} as one printable line: {@link #visible(String) visible} and {@link #cut(String,
     * int) cut} to {@link #LINE_LIMIT}.
     */
    public String line(String text) {
        return visible(cut(text, LINE_LIMIT));
    }

    /**
     * {@code line} made printable as {@link #line(String)} does, each styled run keeping its style.
     * Returns {@code line} itself when nothing needs changing.
     */
    public StyledLine line(StyledLine line) {
        String text = line.text();
        if (text.length() <= LINE_LIMIT && isClean(text)) {
            return line;
        }
        StyledLine kept = line.slice(0, Math.min(text.length(), LINE_LIMIT));
        StyledLine.Builder out = StyledLine.builder();
        int at = 0;
        for (StyledLine.Span span : kept.spans()) {
            out.append(visible(kept.text().substring(at, span.start())));
            out.append(visible(kept.text().substring(span.start(), span.end())), span.style());
            at = span.end();
        }
        out.append(visible(kept.text().substring(at)));
        if (text.length() > LINE_LIMIT) {
            out.append(visible(moreNote(text.length() - kept.length())), Style.MUTED);
        }
        return out.build();
    }

    /**
     * {@code text} with every control character written as an escape and every character the
     * charset cannot encode replaced by a look-alike or an escape. Returns {@code text} itself
     * when nothing needs changing.
     */
    public String visible(String text) {
        if (isClean(text)) {
            return text;
        }
        CharsetEncoder encoder = charset == null ? null : charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isControl(cp)) {
                out.append(escape(cp));
            } else if (encoder != null && !encoder.canEncode(new String(Character.toChars(cp)))) {
                out.append(ASCII_LOOK_ALIKES.getOrDefault(cp, escape(cp)));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f && (charset != null || isControlOrSurrogate(text, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControlOrSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            return true; // pairs are checked one code point at a time, the slow way
        }
        return isControl(c);
    }

    /**
     * True for the characters a terminal may act on instead of showing: C0 and C1 controls, DEL,
     * U+2028 and U+2029, the bidirectional embeddings, overrides, isolates and marks, and unpaired
     * surrogates.
     */
    public static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0xd800 && cp <= 0xdfff)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x061c
                || cp == 0x200e
                || cp == 0x200f
                || (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** {@code cp} as Python's {@code repr} escapes it: {@code \t}, {@code \x1b}, {@code \u202e}, {@code \U0001f600}. */
    public static String escape(int cp) {
        switch (cp) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            default:
                if (cp < 0x100) {
                    return String.format(Locale.ROOT, "\\x%02x", cp);
                }
                return cp < 0x10000
                        ? String.format(Locale.ROOT, "\\u%04x", cp)
                        : String.format(Locale.ROOT, "\\U%08x", cp);
        }
    }

    /**
     * {@code text} when it has at most {@code limit} characters; otherwise its first {@code limit}
     * characters (never half a surrogate pair) and a note such as {@code … (1,234 more characters)}.
     */
    public static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + moreNote(text.length() - end);
    }

    /**
     * {@code text} with every word (run of non-blank characters) longer than {@code limit} cut in
     * its middle, keeping the words around it: for messages that quote what the user typed, so the
     * part that says what was expected is never lost behind a long value.
     */
    public static String shortenWords(String text, int limit) {
        StringBuilder out = null;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || text.charAt(i) == ' ';
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                if (i - start > limit) {
                    if (out == null) {
                        out = new StringBuilder(text.substring(0, start));
                    }
                    out.append(text, start, start + limit / 2)
                            .append(moreNote(i - start - limit / 2 - limit / 4))
                            .append(text, i - limit / 4, i);
                } else if (out != null) {
                    out.append(text, start, i);
                }
                start = -1;
            }
            if (blank && i < text.length() && out != null) {
                out.append(' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static String moreNote(int left) {
        return String.format(Locale.ROOT, "… (%,d more characters)", left);
    }
}

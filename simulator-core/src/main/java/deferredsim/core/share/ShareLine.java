package deferredsim.core.share;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.scenario.ScenarioException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A scenario as one line of text: {@value #PREFIX}, then the scenario's JSON with its whitespace
 * removed, compressed with raw DEFLATE (RFC 1951, no zlib header) and written in URL-safe base64
 * without padding (RFC 4648 section 5). The line holds only ASCII letters, digits, {@code -},
 * {@code _} and the prefix's colon, so it survives chats, shells and URLs.
 *
 * <p>Either scenario format can be shared ({@code deferred-scenario/1} and {@code
 * reactor-scenario/1}): the line carries the JSON text, and whoever opens it picks the reader by
 * the {@code format} field, as for a file. {@link #decode} gives back the JSON text, compact but
 * otherwise as it was (key order, number spellings and string values are kept).
 *
 * <p>Static methods only. Python reads a line with {@code zlib.decompress(base64.urlsafe_b64decode(
 * body + '=' * (-len(body) % 4)), -15)}.
 */
public final class ShareLine {
    /** What every share line starts with: the program's short name and the line format's version. */
    public static final String PREFIX = "dsim1:";

    /** The largest JSON text a line may expand to; a longer one is refused rather than read. */
    static final int MAX_JSON_BYTES = 32 << 20;

    private ShareLine() {}

    /**
     * Returns the share line of a scenario's JSON text.
     *
     * @throws ScenarioException when {@code json} is not JSON (the message has the line and
     *     column); the JSON is not checked against either scenario format here
     */
    public static String encode(String json) throws ScenarioException {
        String compact;
        try {
            compact = CompactJson.write(Json.parse(json.startsWith("\uFEFF") ? json.substring(1) : json));
        } catch (JsonSyntaxException broken) {
            throw new ScenarioException("", broken.line(), broken.column(), broken.problem());
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(deflate(compact));
    }

    /**
     * True when {@code text} (surrounding whitespace aside) starts with {@link #PREFIX}: it is
     * meant as a share line, not as a file name or JSON, and {@link #decode} should read it.
     */
    public static boolean isShareLine(String text) {
        return text != null && text.strip().startsWith(PREFIX);
    }

    /**
     * Returns the JSON text a share line carries. Whitespace anywhere in {@code line} is ignored
     * (a chat may have wrapped it).
     *
     * @throws ScenarioException when {@code line} does not start with {@link #PREFIX}, has
     *     characters outside the URL-safe base64 alphabet, was cut short or altered (the data does
     *     not inflate), or would expand beyond 32 MiB; the message says which and what a share line
     *     looks like
     */
    public static String decode(String line) throws ScenarioException {
        return decode(line, MAX_JSON_BYTES);
    }

    /** As {@link #decode(String)}, refusing lines that expand beyond {@code maxJsonBytes}. */
    static String decode(String line, int maxJsonBytes) throws ScenarioException {
        String body = line.replaceAll("\\s+", "");
        if (!body.startsWith(PREFIX)) {
            throw problem("it does not start with " + PREFIX);
        }
        body = body.substring(PREFIX.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!isBase64Url(c)) {
                throw problem("it has " + describe(c) + " at character " + (PREFIX.length() + i + 1));
            }
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException badLength) {
            throw problem("it was cut short (" + body.length() + " characters after the prefix)");
        }
        return inflate(packed, maxJsonBytes);
    }

    /**
     * The JSON text of something pasted or typed: a share line's JSON when it is one, otherwise
     * {@code text} itself (JSON is expected then; the scenario readers report what is wrong).
     *
     * @throws ScenarioException as {@link #decode} does, for text that is meant as a share line
     */
    public static String jsonOf(String text) throws ScenarioException {
        return isShareLine(text) ? decode(text) : text;
    }

    private static byte[] deflate(String json) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 4 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String inflate(byte[] packed, int maxJsonBytes) throws ScenarioException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 6 + 16);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw problem("it was cut short or altered (its data ends too early)");
                }
                if (out.size() + n > maxJsonBytes) {
                    throw problem("it expands to more than " + sizeOf(maxJsonBytes) + " of JSON");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw problem("it has " + inflater.getRemaining() + " extra bytes after its data (altered?)");
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException altered) {
            throw problem("it was altered (its data is not what " + PREFIX + " lines hold)");
        } finally {
            inflater.end();
        }
    }

    private static String sizeOf(int bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static String describe(char c) {
        return c >= 0x21 && c <= 0x7e ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private static ScenarioException problem(String why) {
        return new ScenarioException(
                "",
                "not a share line: " + why + "; expected " + PREFIX
                        + " followed by letters, digits, '-' and '_' (copy the whole line)");
    }
}

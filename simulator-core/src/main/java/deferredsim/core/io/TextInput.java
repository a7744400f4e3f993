package deferredsim.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a whole file (or standard input) as UTF-8 text, the way every reader of user files in the
 * project does: at most {@link InputLimits#maxBytes()} bytes are ever held, a byte sequence that is
 * not UTF-8 is reported at its line and column, and a leading byte order mark (U+FEFF) is dropped.
 *
 * <p>The class has static methods only.
 */
public final class TextInput {
    /** What messages call standard input. */
    public static final String STANDARD_INPUT = "standard input";

    private static final int CHUNK = 1 << 16;

    private TextInput() {}

    /**
     * Reads {@code file} as UTF-8 text.
     *
     * @return the text without a leading byte order mark
     * @throws InputException when the file is missing, unreadable, a directory, larger than {@link
     *     InputLimits#maxBytes()} (at the line and column where reading stopped) or not UTF-8 (at
     *     the line and column of the first bad byte)
     */
    public static String read(Path file) throws InputException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(source, "it is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, Files.size(file));
        } catch (InputException broken) {
            throw broken;
        } catch (NoSuchFileException missing) {
            throw new InputException(source, "no such file");
        } catch (AccessDeniedException | SecurityException denied) {
            throw new InputException(source, "permission denied");
        } catch (IOException broken) {
            throw new InputException(source, "cannot be read (" + describe(broken) + ")");
        }
    }

    /**
     * Reads {@code in} to its end as UTF-8 text; {@code source} names it in messages ({@link
     * #STANDARD_INPUT}, a file name). The stream is not closed.
     *
     * @throws InputException as {@link #read(Path)} does
     */
    public static String read(InputStream in, String source) throws InputException {
        return read(in, source, CHUNK);
    }

    /** Reads as {@link #read(InputStream, String)}, starting with room for {@code expected} bytes. */
    private static String read(InputStream in, String source, long expected) throws InputException {
        long limit = InputLimits.maxBytes();
        byte[] bytes = new byte[(int) Math.min(Math.max(expected + 1, 16), limit + 1)];
        int length = 0;
        try {
            while (true) {
                if (length == bytes.length) {
                    if (length > limit) {
                        break;
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * length, CHUNK), limit + 1));
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException broken) {
            throw new InputException(source, "cannot be read (" + describe(broken) + ")");
        }
        if (length > limit) {
            int[] place = placeOf(bytes, (int) limit);
            throw new InputException(
                    source,
                    place[0],
                    place[1],
                    "the text goes on past " + InputLimits.describeBytes(limit)
                            + ", the most a scenario, lesson or settings file may hold; reading stopped here ("
                            + InputLimits.howToRaise(InputLimits.MAX_BYTES_PROPERTY) + ")");
        }
        String text = decode(bytes, length, source);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The text of {@code bytes}, checked to be UTF-8 first (in small pieces, so checking takes no
     * memory beyond a buffer of {@value #CHUNK} characters).
     */
    private static String decode(byte[] bytes, int length, String source) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int[] place = placeOf(bytes, in.position());
            throw new InputException(
                    source,
                    place[0],
                    place[1],
                    String.format(
                            Locale.ROOT,
                            "the byte 0x%02X here is not UTF-8 text; save the file as UTF-8",
                            bytes[in.position()] & 0xff));
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * The 1-based line and column of the byte at {@code offset}, counting lines as the JSON reader
     * does (LF, CR or CR LF) and columns in UTF-16 code units of the valid UTF-8 before it.
     */
    private static int[] placeOf(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n' || (b == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (b == '\r') {
                continue;
            } else if (b >= 0xf0 && b < 0xf8) {
                column += 2; // a character beyond U+FFFF is two UTF-16 code units
            } else if ((b & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String describe(IOException broken) {
        String message = broken.getMessage();
        return message == null || message.isBlank() ? broken.getClass().getSimpleName() : message;
    }
}

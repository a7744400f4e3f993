package deferredsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("sets a system property that the code under test reads")
class TextInputTest {
    private static final long MB = 1 << 20;

    /** When a file is UTF-8 with a byte order mark, then the text comes back without the mark. */
    @Test
    void read_dropsAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "\uFEFF{\"\u00e9\": 1}", StandardCharsets.UTF_8);
        assertThat(TextInput.read(file)).isEqualTo("{\"\u00e9\": 1}");
    }

    /** If a byte is not UTF-8, then the message gives its line and column and says to save as UTF-8. */
    @Test
    void read_placesTheFirstByteThatIsNotUtf8() {
        byte[] bytes = "{\n  \"\u00e9\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xff;
        broken[bytes.length + 1] = '"';
        InputException e = catchThrowableOfType(
                InputException.class, () -> TextInput.read(new ByteArrayInputStream(broken), "x.json"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e).hasMessage("x.json:2:9: the byte 0xFF here is not UTF-8 text; save the file as UTF-8");
    }

    /** If a file is missing or a directory, then the message names it and says which. */
    @Test
    void read_namesMissingFilesAndDirectories(@TempDir Path dir) {
        assertThat(catchThrowableOfType(InputException.class, () -> TextInput.read(dir.resolve("none.json"))))
                .hasMessage(dir.resolve("none.json") + ": no such file");
        assertThat(catchThrowableOfType(InputException.class, () -> TextInput.read(dir)))
                .hasMessage(dir + ": it is a directory, not a file");
    }

    /**
     * If a 200 MB file is read, then reading stops at the limit with a message naming the limit,
     * the property that raises it and the line and column where it stopped, and the heap grows by
     * no more than the limit allows.
     */
    @Test
    void read_stopsA200MegabyteFileAtTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200 * MB);
        }
        long before = usedHeap();
        InputException e = catchThrowableOfType(InputException.class, () -> TextInput.read(file));
        long grown = usedHeap() - before;
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(16 * MB + 1);
        assertThat(e.problem())
                .startsWith("the text goes on past 16 MiB (16777216 bytes), the most")
                .contains("deferredsim.input.maxBytes");
        assertThat(grown).isLessThan(64 * MB);
    }

    /** If standard input brings 200 MB, then reading stops at the limit without holding more than it. */
    @Test
    void read_stopsAnEndlessStreamAtTheLimit() {
        InputStream endless = new InputStream() {
            private long left = 200 * MB;

            @Override
            public int read() {
                return left-- > 0 ? '\n' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, left);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) '\n');
                left -= n;
                return n;
            }
        };
        InputException e =
                catchThrowableOfType(InputException.class, () -> TextInput.read(endless, TextInput.STANDARD_INPUT));
        assertThat(e.source()).isEqualTo("standard input");
        assertThat(e.line()).isEqualTo(16 * MB + 1);
        assertThat(e.column()).isEqualTo(1);
    }

    /** When the limit property is set, then it replaces the default; a bad value keeps the default. */
    @Test
    void maxBytes_followsTheProperty() {
        String saved = System.getProperty(InputLimits.MAX_BYTES_PROPERTY);
        try {
            System.setProperty(InputLimits.MAX_BYTES_PROPERTY, "10");
            assertThat(catchThrowableOfType(
                            InputException.class, () -> TextInput.read(new ByteArrayInputStream(new byte[11]), "x")))
                    .hasMessageStartingWith("x:1:11: the text goes on past 10 bytes");
            System.setProperty(InputLimits.MAX_BYTES_PROPERTY, "lots");
            assertThat(InputLimits.maxBytes()).isEqualTo(InputLimits.DEFAULT_MAX_BYTES);
        } finally {
            if (saved == null) {
                System.clearProperty(InputLimits.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(InputLimits.MAX_BYTES_PROPERTY, saved);
            }
        }
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

package deferredsim.cli.repl;

import org.jline.utils.NonBlockingInputStream;

/**
 * Typed bytes for a test terminal, all there from the start: a read returns the next byte at once,
 * and the end of the input is the end of the stream. It is what JLine's own wrapper of a byte array
 * stream gives, without the thread that wrapper pumps the bytes through one at a time (a hand-over
 * per byte, which made most of the terminal tests' system time).
 */
final class TypedInput extends NonBlockingInputStream {
    private final byte[] bytes;
    private int next;

    TypedInput(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    @Override
    public int read(long timeout, boolean isPeek) {
        if (next >= bytes.length) {
            return EOF;
        }
        return isPeek ? bytes[next] & 0xff : bytes[next++] & 0xff;
    }
}

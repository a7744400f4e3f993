package deferredsim.core.reactor.net;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One direction of a TCP connection: the bytes one end has sent and the other has not read yet
 * (the receiving kernel's buffer), and whether the sender has closed. Bytes sent at one instant
 * pile up, so one read may take several sends, and a read of at most {@code n} bytes may take part
 * of one. After the sender closes and the buffer is drained, a read finds the end of the stream.
 */
final class Pipe {
    private final Deque<Data> buffered = new ArrayDeque<>();
    private int available;
    private boolean senderClosed;

    /** Bytes waiting to be read. */
    int available() {
        return available;
    }

    /** True when the sending end has closed. */
    boolean senderClosed() {
        return senderClosed;
    }

    /** Appends {@code data} to the buffer. Data sent after the sender closed is a bug of the caller. */
    void send(Data data) {
        if (senderClosed) {
            throw new IllegalStateException("send after close");
        }
        if (!data.isEmpty()) {
            buffered.add(data);
            available += data.size();
        }
    }

    /** The sender closes: once the buffer is drained, reads find the end of the stream. */
    void close() {
        senderClosed = true;
    }

    /** Takes up to {@code max} buffered bytes, in order (none when the buffer is empty). */
    Data read(int max) {
        Data.Builder taken = new Data.Builder();
        while (taken.size() < max && !buffered.isEmpty()) {
            Data first = buffered.removeFirst();
            int room = max - taken.size();
            if (first.size() > room) {
                taken.append(first.slice(0, room));
                buffered.addFirst(first.slice(room, first.size()));
            } else {
                taken.append(first);
            }
        }
        available -= taken.size();
        return taken.build();
    }
}

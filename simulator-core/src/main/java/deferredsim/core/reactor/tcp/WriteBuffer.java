package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.net.Data;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A transport's queue of bytes written and not yet sent ({@code FileDescriptor.dataBuffer} and its
 * temporary buffer). {@code doWrite} takes at most {@link #SEND_LIMIT} bytes a time, as Twisted's
 * {@code writeSomeData} does.
 */
final class WriteBuffer {
    /** Twisted's {@code SEND_LIMIT}: the most one {@code doWrite} sends. */
    static final int SEND_LIMIT = 128 * 1024;

    private final Deque<Data> queued = new ArrayDeque<>();
    private int size;

    void add(Data data) {
        if (!data.isEmpty()) {
            queued.add(data);
            size += data.size();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Takes up to {@link #SEND_LIMIT} bytes from the front, as one send. */
    Data takeSend() {
        Data.Builder taken = new Data.Builder();
        while (taken.size() < SEND_LIMIT && !queued.isEmpty()) {
            Data first = queued.removeFirst();
            int room = SEND_LIMIT - taken.size();
            if (first.size() > room) {
                taken.append(first.slice(0, room));
                queued.addFirst(first.slice(room, first.size()));
            } else {
                taken.append(first);
            }
        }
        size -= taken.size();
        return taken.build();
    }
}

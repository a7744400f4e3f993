package deferredsim.core.reactor;

/** A descriptor read when {@code select} says it is readable: Twisted's {@code IReadDescriptor}. */
public interface ReadDescriptor extends FileDescriptor {
    /** What {@code select} sees: true when a {@code recv} would not block (bytes buffered, or the end of the stream). */
    boolean readable();

    /**
     * Reads what is available without blocking (a broken one may block the reactor's thread: {@link
     * ReadResult.Blocked}). Returns {@link ReadResult#KEEP} to stay registered, or {@link
     * ReadResult#lost} with a reason ({@link Reasons#CONNECTION_DONE}, {@link
     * Reasons#CONNECTION_LOST}) to be removed and told {@link #connectionLost}.
     */
    ReadResult doRead();
}
